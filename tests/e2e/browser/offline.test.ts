import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeServiceWorker } from '../../../src/integrations/write-service-worker.ts';
import { launchChromium, type LaunchedChromium } from '../../../src/cli/launch-chromium.ts';
import { browserTestsRun } from './browser-tests-run.ts';
import { openPage, searchOutcome } from './open-page.ts';
import { serveSite, type ServedSite } from '../../../src/cli/serve-site.ts';

/**
 * Resolve once a service worker is active and controls the page; throw if
 * its install fails (one precache file that does not load fails it whole).
 */
async function controlled(page: Page): Promise<void> {
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

/** Every URL the worker precaches answers 200, or its install would fail. */
async function precacheLoads(site: ServedSite, dir: string): Promise<void> {
  const worker = await readFile(join(dir, 'sw.js'), 'utf8');
  const urls = JSON.parse(/^const PRECACHE = (.*);$/m.exec(worker)?.[1] ?? '[]') as string[];
  expect(urls.length).toBeGreaterThan(0);
  const statuses = await Promise.all(urls.map(async (url) => `${(await fetch(site.origin + url)).status} ${url}`));
  expect(statuses.filter((status) => !status.startsWith('200 '))).toEqual([]);
}

/**
 * Installing the worker stores the whole site (about 200 files) in Cache
 * Storage; on a machine busy with the other test files that can take tens of
 * seconds, so these tests get more time than the project's default.
 */
const INSTALL_TIMEOUT = 180_000;

describe.skipIf(!browserTestsRun())('offline, through the service worker', () => {
  let chromium: LaunchedChromium;
  let copy: string;
  let site: ServedSite;

  beforeAll(async () => {
    chromium = await launchChromium();
    // A copy, because one test plays a second deploy by changing a page.
    copy = await mkdtemp(join(tmpdir(), 'ar-atlas-offline-'));
    await cp(inject('sites').root, copy, { recursive: true });
    site = await serveSite(copy, '/');
  });
  afterAll(async () => {
    await chromium?.close();
    await site?.close();
    await rm(copy, { recursive: true, force: true });
  });

  it('after one visit to the home page, searches and opens a page never visited with the network off', async () => {
    await precacheLoads(site, copy);
    const { context, page, problems } = await openPage(chromium.browser);
    await page.goto(site.url('/'));
    await controlled(page);
    await context.setOffline(true);

    await page.goto(site.url('/search/?q=FastSpeech'));
    const { results } = await searchOutcome(page, 'FastSpeech');
    const second = results.find((result) => result.title.startsWith('FastSpeech 2:'));
    expect(second, JSON.stringify(results)).toBeDefined();
    const [response] = await Promise.all([
      page.waitForResponse(site.url(second!.href)),
      page.locator('[data-search-results]').getByRole('link', { name: second!.title, exact: true }).click(),
    ]);
    expect(response.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(second!.title);

    // An address that was never built gets the site's own 404 page, offline too.
    const missing = await page.goto(site.url('/papers/no-such-paper/'));
    expect(missing?.status()).toBe(404);
    await context.close();
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  }, INSTALL_TIMEOUT);

  it('keeps one build per cache: a new deploy waits, then replaces the old cache whole', async () => {
    const { context, page, problems } = await openPage(chromium.browser);
    await page.goto(site.url('/'));
    await controlled(page);
    const [first] = await page.evaluate(() => caches.keys());
    expect(first).toMatch(/^ar-atlas:\/:[0-9a-f]{16}$/);

    // Deploy a changed home page, with the worker the build would write for it.
    const home = join(copy, 'index.html');
    await writeFile(home, (await readFile(home, 'utf8')).replace('<h1>', '<h1 data-deploy="2">'));
    const { version } = await writeServiceWorker(copy, '/');
    expect(first).not.toBe(`ar-atlas:/:${version}`);

    // The new worker installs but waits: this tab keeps reading the first build, pages and index alike.
    const installed = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      const settled = () => worker?.state !== 'installing';
      if (worker && !settled()) await new Promise((resolve) => worker.addEventListener('statechange', () => settled() && resolve(null)));
      return worker?.state;
    });
    expect(installed).toBe('installed');
    await page.reload();
    expect(await page.locator('h1[data-deploy]').count()).toBe(0);
    expect((await page.evaluate(() => caches.keys())).sort()).toEqual([first, `ar-atlas:/:${version}`].sort());

    // Once no tab shows the first build, the next visit gets the second, and the first cache is gone.
    await page.close();
    const next = await context.newPage();
    await next.goto(site.url('/'));
    await next.waitForFunction((name) => caches.keys().then((keys) => keys.length === 1 && keys[0] === name), `ar-atlas:/:${version}`);
    await next.reload();
    expect(await next.locator('h1[data-deploy="2"]').count()).toBe(1);
    await context.close();
    expect(problems).toEqual([]);
  }, INSTALL_TIMEOUT);
});
