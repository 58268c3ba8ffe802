import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { OfflineManifest } from '../../../src/integrations/offline-manifest.ts';
import { shardOf } from '../../../src/integrations/shard-of.js';
import { offlineManifestFile, writeServiceWorker } from '../../../src/integrations/write-service-worker.ts';
import { launchChromium, type LaunchedChromium } from '../../../src/cli/launch-chromium.ts';
import { browserTestsRun } from './browser-tests-run.ts';
import { openPage, searchOutcome, type WatchedPage } from './open-page.ts';
import { serveSite, type ServedSite } from '../../../src/cli/serve-site.ts';
import { cachedFiles, controlled, kept, updated } from './service-worker-state.ts';

/**
 * Installing the worker stores up to the whole site (about 220 files) in
 * Cache Storage; on a machine busy with the other test files that can take
 * tens of seconds, so these tests get more time than the project's default.
 */
const INSTALL_TIMEOUT = 180_000;

/** For expect.poll: what the worker does in the background can take seconds on a machine busy with other tests. */
const patient = { timeout: 60_000 };

/** Small enough that the 69-paper site counts as large: a first visit keeps only the shell. */
const LARGE = { wholeSiteLimit: 1 };

/** A copy of the built root site, served: the tests change files in it to play deploys. */
interface Copy {
  dir: string;
  site: ServedSite;
  manifest(): Promise<OfflineManifest>;
  /** The site paths of the paper pages. */
  papers: string[];
}

async function copySite(): Promise<Copy> {
  const dir = await mkdtemp(join(tmpdir(), 'ar-atlas-offline-'));
  await cp(inject('sites').root, dir, { recursive: true });
  const papers = (JSON.parse(await readFile(join(dir, 'papers.json'), 'utf8')) as { url: string }[]).map((paper) => new URL(paper.url).pathname);
  return {
    dir,
    site: await serveSite(dir, '/'),
    manifest: async () => JSON.parse(await readFile(join(dir, offlineManifestFile), 'utf8')) as OfflineManifest,
    papers,
  };
}

/** Change a built page, as a new deploy would: the heading gains a marker. */
async function redeploy(copy: Copy, path: string, options = {}): Promise<void> {
  const file = join(copy.dir, path, 'index.html');
  const html = await readFile(file, 'utf8');
  const changed = html.replace(/<h1(?=[\s>])/, '<h1 data-deploy="2"');
  if (changed === html) throw new Error(`${file} has no <h1> to mark as redeployed`);
  await writeFile(file, changed);
  await writeServiceWorker(copy.dir, '/', options);
}

/** Paths of the GET requests served since `served` was emptied, but for sw.js (the browser's own update checks). */
function downloads(site: ServedSite): string[] {
  return site.served
    .filter((served) => served.method === 'GET' && new URL(served.path, site.origin).pathname !== '/sw.js')
    .map((served) => new URL(served.path, site.origin).pathname)
    .sort();
}

describe.skipIf(!browserTestsRun())('offline, through the service worker', () => {
  let chromium: LaunchedChromium;
  const copies: Copy[] = [];
  let opened: WatchedPage[] = [];

  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    for (const copy of copies) {
      await copy.site.close();
      await rm(copy.dir, { recursive: true, force: true });
    }
  });
  afterEach(async () => {
    // Offline navigations to pages that are not there answer 404 or 503 on purpose.
    const problems = opened.flatMap((watched) => watched.problems).filter((problem) => !/\b(404|503)\b/.test(problem));
    await Promise.all(opened.map((watched) => watched.context.close().catch(() => undefined)));
    opened = [];
    expect(problems, 'console errors, exceptions or failed requests').toEqual([]);
  });

  async function copy(): Promise<Copy> {
    const made = await copySite();
    copies.push(made);
    return made;
  }

  async function open(): Promise<WatchedPage> {
    const watched = await openPage(chromium.browser);
    opened.push(watched);
    return watched;
  }

  /** Open the /offline/ page's control and keep `level`, waiting until it says so. */
  async function keepOffline(page: Page, site: ServedSite, level: 'search' | 'everything'): Promise<void> {
    await page.goto(site.url('/offline/'));
    await page.getByText('Keep the atlas offline', { exact: true }).click();
    // The size comes first, before anything is downloaded.
    await expect.poll(() => page.locator(`[data-offline-size="${level}"]`).textContent(), patient).toMatch(/^About [\d.]+ (KB|MB) to download, [\d.]+ (KB|MB) in this browser\.$/);
    await page.getByLabel(level === 'everything' ? /^Everything:/ : /^Search only:/).check();
    await page.getByRole('button', { name: 'Download' }).click();
    await expect(page.locator('[data-offline-progress]').isVisible()).resolves.toBe(true);
    await page.locator('[data-offline-status]').filter({ hasText: /^This browser keeps (every page and search|search) offline/ }).waitFor();
  }

  describe('while the site is small (today’s 69 papers)', () => {
    it('after one visit to the home page, searches and opens a page never visited with the network off', async () => {
      const { site } = await copy();
      const { context, page } = await open();
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
      expect(await page.locator('h1').textContent()).toBe('Page not found');
    }, INSTALL_TIMEOUT);

    it('keeps one build at a time: a new deploy downloads only what changed, waits, then replaces the old files', async () => {
      const copied = await copy();
      const { context, page } = await open();
      await page.goto(copied.site.url('/'));
      await controlled(page);
      const before = await cachedFiles(page, '/');
      const oldHome = before.find((file) => file.path === '/')!.revision;
      // A cache of the worker this one replaced (one per build, named by a hash of the build) goes too.
      const legacy = 'ar-atlas:/:0123456789abcdef';
      await page.evaluate((name) => caches.open(name), legacy);

      await redeploy(copied, '/');
      copied.site.served.length = 0;
      // The new worker installs but waits: this tab keeps reading the first build, pages and index alike.
      expect(await updated(page)).toBe('installed');
      expect(downloads(copied.site)).toEqual(['/']);
      await page.reload();
      expect(await page.locator('h1[data-deploy]').count()).toBe(0);

      // Once no tab shows the first build, the next visit gets the second, and the first build's home is gone.
      await page.close();
      const next = await context.newPage();
      await next.goto(copied.site.url('/'));
      await expect.poll(async () => (await cachedFiles(next, '/')).filter((file) => file.path === '/').length, patient).toBe(1);
      expect((await cachedFiles(next, '/')).find((file) => file.path === '/')!.revision).not.toBe(oldHome);
      expect((await next.evaluate(() => caches.keys())).filter((name) => !name.startsWith('ar-atlas:/:files:'))).toEqual([]);
      await next.reload();
      expect(await next.locator('h1[data-deploy="2"]').count()).toBe(1);
    }, INSTALL_TIMEOUT);

    it('names its caches after the base path, so two sites on one origin keep apart', async () => {
      const site = await serveSite(inject('sites').atlas, '/atlas/');
      try {
        const { page } = await open();
        await page.goto(site.url('/'));
        await controlled(page);
        const names = await page.evaluate(() => caches.keys());
        expect(names.length).toBeGreaterThan(0);
        expect(names.filter((name) => !name.startsWith('ar-atlas:/atlas/:files:'))).toEqual([]);
        const files = await cachedFiles(page, '/atlas/');
        expect(files.length).toBeGreaterThan(200);
        expect(files.filter((file) => !file.path.startsWith('/atlas/'))).toEqual([]);
      } finally {
        await site.close();
      }
    }, INSTALL_TIMEOUT);
  });

  describe('on a large site (the same pages with a tiny whole-site limit)', () => {
    it('keeps only the shell and search engine on a first visit, then each page and search as it is used', async () => {
      const copied = await copy();
      const { site, papers } = copied;
      await writeServiceWorker(copied.dir, '/', LARGE);
      const manifest = await copied.manifest();
      expect(manifest.wholeSite).toBe(false);

      const { context, page } = await open();
      await page.goto(site.url('/'));
      await controlled(page);
      const shell = new Set(manifest.shell.map(([url]) => url));
      expect(downloads(site).filter((path) => !shell.has(path))).toEqual([]);
      expect((await cachedFiles(page, '/')).map((file) => file.path)).toEqual([...shell].sort());

      // A page read online, and a search made online, are there offline.
      const [read, never] = [papers[3]!, papers[4]!];
      await page.goto(site.url(read));
      await kept(page, '/', read);
      await page.goto(site.url('/search/?q=FastSpeech'));
      const online = await searchOutcome(page, 'FastSpeech');
      await context.setOffline(true);
      await page.goto(site.url(read));
      expect(await page.locator('h1').count()).toBe(1);
      await page.goto(site.url('/search/?q=FastSpeech'));
      expect((await searchOutcome(page, 'FastSpeech')).results).toEqual(online.results);

      // A page never opened says it is not saved, rather than pretending not to exist.
      const unsaved = await page.goto(site.url(never));
      expect(unsaved?.status()).toBe(503);
      expect(await page.locator('h1').textContent()).toBe('Not saved for offline reading');
    }, INSTALL_TIMEOUT);

    it('after "Keep the atlas offline: everything", opens every page and runs any search offline; "Remove" undoes it', async () => {
      const copied = await copy();
      const { site, papers } = copied;
      await writeServiceWorker(copied.dir, '/', LARGE);
      const { context, page } = await open();
      await page.goto(site.url('/'));
      await controlled(page);

      await keepOffline(page, site, 'everything');
      await context.setOffline(true);
      for (const paper of papers) {
        const response = await page.goto(site.url(paper));
        expect(response?.status(), paper).toBe(200);
      }
      await page.goto(site.url('/search/?q=tokenizer'));
      expect((await searchOutcome(page, 'tokenizer')).results.length).toBeGreaterThan(0);
      await page.goto(site.url('/papers/no-such-paper/'));
      expect(await page.locator('h1').textContent()).toBe('Page not found');

      await context.setOffline(false);
      await page.goto(site.url('/offline/'));
      await page.getByText('Keep the atlas offline', { exact: true }).click();
      await page.getByRole('button', { name: 'Remove the offline copy' }).click();
      await page.locator('[data-offline-status]').filter({ hasText: /^Removed\./ }).waitFor();
      const shell = (await copied.manifest()).shell.map(([url]) => url).sort();
      expect((await cachedFiles(page, '/')).map((file) => file.path)).toEqual(shell);
      await context.setOffline(true);
      expect((await page.goto(site.url(papers[0]!)))?.status()).toBe(503);
    }, INSTALL_TIMEOUT);

    it('updates a kept copy by downloading only the changed page and its revision list', async () => {
      const copied = await copy();
      const { site, papers } = copied;
      await writeServiceWorker(copied.dir, '/', LARGE);
      const { context, page } = await open();
      await page.goto(site.url('/'));
      await controlled(page);
      await keepOffline(page, site, 'everything');
      const before = await copied.manifest();

      const changed = papers[7]!;
      const oldRevision = (await cachedFiles(page, '/')).find((file) => file.path === changed)!.revision;
      await redeploy(copied, changed, LARGE);
      const after = await copied.manifest();
      const newShards = after.shards.flatMap((hash, index) => (before.shards[index] === hash ? [] : [`/offline/site/${index}.${hash}.json`]));
      expect(newShards).toHaveLength(1);
      site.served.length = 0;
      expect(await updated(page)).toBe('installed');
      expect(downloads(site)).toEqual([...newShards, changed].sort());

      // Once the new build takes over, the changed page is there offline in its new version.
      await page.close();
      const next = await context.newPage();
      await next.goto(site.url('/offline/'));
      await expect.poll(async () => (await cachedFiles(next, '/')).filter((file) => file.path === changed).map((file) => file.revision), patient).not.toContain(oldRevision);
      await context.setOffline(true);
      await next.goto(site.url(changed));
      expect(await next.locator('h1[data-deploy="2"]').count()).toBe(1);
    }, INSTALL_TIMEOUT);

    it('carries the pages a reader opened into a new build: the unchanged one stays, the changed one is downloaded again, nothing else is', async () => {
      const copied = await copy();
      const { site, papers } = copied;
      await writeServiceWorker(copied.dir, '/', LARGE);
      const { context, page } = await open();
      await page.goto(site.url('/'));
      await controlled(page);
      const [same, changed] = [papers[10]!, papers[11]!];
      for (const paper of [same, changed]) {
        await page.goto(site.url(paper));
        await kept(page, '/', paper);
      }
      const oldRevision = (await cachedFiles(page, '/')).find((file) => file.path === changed)!.revision;

      await redeploy(copied, changed, LARGE);
      const { shards } = await copied.manifest();
      const index = shardOf(changed, shards.length);
      site.served.length = 0;
      expect(await updated(page)).toBe('installed');
      expect(downloads(site)).toEqual([`/offline/site/${index}.${shards[index]}.json`, changed].sort());

      // Once the new build takes over, both pages are there offline, the changed one in its new version.
      await page.close();
      const next = await context.newPage();
      await next.goto(site.url('/'));
      await expect.poll(async () => (await cachedFiles(next, '/')).filter((file) => file.path === changed).map((file) => file.revision), patient).not.toContain(oldRevision);
      await context.setOffline(true);
      expect((await next.goto(site.url(same)))?.status()).toBe(200);
      await next.goto(site.url(changed));
      expect(await next.locator('h1[data-deploy="2"]').count()).toBe(1);
    }, INSTALL_TIMEOUT);
  });

  it('steps aside when the site is gone: sw.js answers 404, the worker unregisters and deletes its copy', async () => {
    const copied = await copy();
    const { site } = copied;
    const { page } = await open();
    await page.goto(site.url('/'));
    await controlled(page);

    // The repository was renamed: nothing is served at this address any more.
    await rm(copied.dir, { recursive: true });
    await page.reload();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined), patient).toBe(true);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect((await page.reload())?.status()).toBe(404);
  }, INSTALL_TIMEOUT);
});
