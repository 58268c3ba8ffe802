import { indexSite } from './index-site.ts';
import { writeServiceWorker } from './write-service-worker.ts';

/**
 * Search and offline reading over a built site in `dir` (served under
 * `base`): index it with Pagefind, then write the service worker that
 * precaches the site and its index. `npm run build` (scripts/build.ts) runs
 * it once `astro build` has exited, so Pagefind never shares the machine's
 * memory with Astro's. Returns the lines to log; throws when Pagefind fails.
 */
export async function indexAndPrecache(dir: string, base: string): Promise<{ info: string[]; warnings: string[] }> {
  const started = performance.now();
  const index = await indexSite(dir);
  const info = [
    `Pagefind indexed ${index.pageCount} of ${index.htmlFiles} HTML pages (only pages with data-pagefind-body count) ` +
      `into ${index.files.length} files in ${Math.round(performance.now() - started)} ms`,
  ];
  const warnings = index.pageCount === 0 ? ['Pagefind indexed no pages: search will find nothing. Paper and topic layouts need data-pagefind-body.'] : [];
  const worker = await writeServiceWorker(dir, base);
  info.push(`sw.js precaches ${worker.urls.length} files (${(worker.bytes / 1024).toFixed(0)} KiB), cache version ${worker.version}`);
  return { info, warnings };
}
