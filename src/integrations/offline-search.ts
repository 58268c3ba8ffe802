import type { AstroIntegration } from 'astro';

/**
 * The part of search and offline reading that lives inside `astro build`:
 * the search scripts are imported with `?worker&url` (see SearchForm.astro)
 * to get a bundled module's URL for an inline loader, and the 'es' worker
 * format makes that bundle a module `import()` can load. The index and the
 * service worker are made after Astro has exited, by `npm run build`
 * (scripts/build.ts and ./index-and-precache.ts): at 10,000 papers Pagefind
 * needs 1.4 GiB of its own, better not added to Astro's.
 */
export function offlineSearch(): AstroIntegration {
  return {
    name: 'ar-atlas:offline-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { worker: { format: 'es' } } });
      },
    },
  };
}
