import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from './index-site.ts';
import type { OfflineLevel } from './offline-manifest.ts';
import { writeServiceWorker } from './write-service-worker.ts';

/**
 * Search and offline reading, after `astro build`: index the output with
 * Pagefind, then write the offline service worker and its manifest (see
 * write-service-worker.ts). Uses the directory Astro hands the hook, so
 * `npm run build -- --outDir X` indexes X.
 *
 * Pagefind runs through its Node API rather than the CLI: no second process
 * to spawn and find on PATH, errors and the page count come back as values,
 * and getFiles() lets us write only what the site loads (not Pagefind's UI
 * bundles or its web worker) before the worker's precache list is made.
 */
export function offlineSearch(): AstroIntegration {
  let base = '/';
  return {
    name: 'ar-atlas:offline-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The search scripts are imported with `?worker&url` (see SearchForm.astro) to get a bundled
        // module's URL for an inline loader; 'es' makes that bundle a module `import()` can load.
        updateConfig({ vite: { worker: { format: 'es' } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const index = await indexSite(outDir);
        logger.info(
          `Pagefind indexed ${index.pageCount} of ${index.htmlFiles} HTML pages (only pages with data-pagefind-body count) ` +
            `into ${index.files.length} files in ${Math.round(performance.now() - started)} ms`,
        );
        if (index.pageCount === 0) {
          logger.warn('Pagefind indexed no pages: search will find nothing. Paper and topic layouts need data-pagefind-body.');
        }
        const worker = await writeServiceWorker(outDir, base);
        const { shell, search, everything } = worker.levels;
        logger.info(
          `sw.js ${worker.version}: a first visit keeps ${worker.wholeSite ? `the whole site, ${size(everything)}` : `the shell and search engine, ${size(shell)}`}; ` +
            `"search only" ${size(search)}, "everything" ${size(everything)} (offline/manifest.json)`,
        );
      },
    },
  };
}

/** "37 files, 215 KiB compressed" */
function size(level: OfflineLevel): string {
  const kib = level.transfer / 1024;
  return `${level.files} files, ${kib < 1024 ? `${kib.toFixed(0)} KiB` : `${(kib / 1024).toFixed(1)} MiB`} compressed`;
}
