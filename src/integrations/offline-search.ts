import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from './index-site.ts';
import { writeServiceWorker } from './write-service-worker.ts';

/**
 * Search and offline reading, after `astro build`: index the output with
 * Pagefind, then write a service worker that precaches the whole site and
 * its index. Uses the directory Astro hands the hook, so
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
        logger.info(
          `sw.js precaches ${worker.urls.length} files (${(worker.bytes / 1024).toFixed(0)} KiB), cache version ${worker.version}`,
        );
      },
    },
  };
}
