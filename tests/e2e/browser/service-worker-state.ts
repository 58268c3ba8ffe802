import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Resolve once a service worker is active and controls the page; throw if
 * its install fails (one file that does not load fails it whole).
 */
export async function controlled(page: Page): Promise<void> {
  const failure = await page.evaluate(async () => {
    // Polled: the page registers on load (maybe after goto() returns), and a failed install must end the wait.
    let failed = false;
    const watched = new Set<ServiceWorker>();
    for (const started = Date.now(); Date.now() - started < 150_000; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const registration = await navigator.serviceWorker.getRegistration();
      const installing = registration?.installing;
      if (installing && !watched.has(installing)) {
        watched.add(installing);
        installing.addEventListener('statechange', () => (failed ||= installing.state === 'redundant'));
      }
      if (registration?.active?.state === 'activated' && navigator.serviceWorker.controller) return '';
      if (failed && !registration?.installing && !registration?.active) return 'the service worker failed to install';
    }
    return 'no active service worker controlling the page after 150 s';
  });
  expect(failure).toBe('');
}

/** Ask the registration to update, and wait until the new worker has installed (then it waits) or failed. */
export async function updated(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    await registration.update();
    const worker = registration.installing ?? registration.waiting;
    const settled = () => worker?.state !== 'installing';
    if (worker && !settled()) await new Promise((resolve) => worker.addEventListener('statechange', () => settled() && resolve(null)));
    return worker?.state;
  });
}

/** The paths (query dropped) the worker's caches hold for this site at `base`, sorted, each with its revision if any. */
export async function cachedFiles(page: Page, base: string): Promise<{ path: string; revision: string | null }[]> {
  const keys = await page.evaluate(async (prefix) => {
    const names = (await caches.keys()).filter((name) => name.startsWith(prefix));
    return (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)))).flat();
  }, `ar-atlas:${base}:files:`);
  return keys
    .map((key) => new URL(key))
    .map((url) => ({ path: url.pathname, revision: url.searchParams.get('rev') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Wait until the worker's cache holds `path` (it stores a page it served from the network in the background). */
export async function kept(page: Page, base: string, path: string): Promise<void> {
  await expect.poll(async () => (await cachedFiles(page, base)).map((file) => file.path), { timeout: 60_000 }).toContain(path);
}
