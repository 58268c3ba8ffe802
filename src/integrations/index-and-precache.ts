import { indexSite } from './index-site.ts';
import type { OfflineLevel } from './offline-manifest.ts';
import { writeServiceWorker } from './write-service-worker.ts';

/**
 * Search and offline reading over a built site in `dir` (served under
 * `base`): index it with Pagefind, then write the offline service worker
 * and its manifest (see write-service-worker.ts). `npm run build` (scripts/build.ts) runs
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
  const { shell, search, everything } = worker.levels;
  info.push(
    `sw.js ${worker.version}: a first visit keeps ${worker.wholeSite ? `the whole site, ${size(everything)}` : `the shell and search engine, ${size(shell)}`}; ` +
      `"search only" ${size(search)}, "everything" ${size(everything)} (offline/manifest.json)`,
  );
  return { info, warnings };
}

/** "37 files, 215 KiB compressed" */
function size(level: OfflineLevel): string {
  const kib = level.transfer / 1024;
  return `${level.files} files, ${kib < 1024 ? `${kib.toFixed(0)} KiB` : `${(kib / 1024).toFixed(1)} MiB`} compressed`;
}
