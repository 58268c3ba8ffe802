import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../../../src/cli/launch-chromium.ts';
import { browserTestsRun } from './browser-tests-run.ts';
import { openPage, searchOutcome, type WatchedPage } from './open-page.ts';
import { serveSite, type ServedSite } from '../../../src/cli/serve-site.ts';

/** Searches a reader would make, and the papers each must list (titles from the seed). */
const findable = [
  {
    query: 'speculative decoding',
    titles: [/^LANTERN: Accelerating Visual/, /^S2D: Sorted Speculative Decoding/, /^Continuous Speculative Decoding/],
  },
  { query: 'FastSpeech', titles: [/^FastSpeech: Fast, Robust/, /^FastSpeech 2: Fast and High-Quality/] },
  { query: 'LANTERN', titles: [/^LANTERN: /] },
  { query: 'S2D', titles: [/^S2D: /] },
  { query: 'OLMo', titles: [/OLMo 2 Furious/] },
];

/** What Pagefind holds for one page: its text as indexed, metadata and filters. */
interface IndexedPage {
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

describe.skipIf(!browserTestsRun())('search in Chromium', () => {
  let chromium: LaunchedChromium;
  let root: ServedSite;
  let atlas: ServedSite;
  let opened: WatchedPage[] = [];

  beforeAll(async () => {
    chromium = await launchChromium();
    root = await serveSite(inject('sites').root, '/');
    atlas = await serveSite(inject('sites').atlas, '/atlas/');
  });
  afterAll(async () => {
    await chromium?.close();
    await root?.close();
    await atlas?.close();
  });
  afterEach(async () => {
    const problems = opened.flatMap((watched) => watched.problems);
    await Promise.all(opened.map((watched) => watched.context.close()));
    opened = [];
    expect(problems, 'console errors, exceptions or failed requests').toEqual([]);
  });

  async function open(options: BrowserContextOptions = {}): Promise<WatchedPage> {
    const watched = await openPage(chromium.browser, options);
    opened.push(watched);
    return watched;
  }

  it.each(findable)('finds $titles.length paper(s) for "$query", title matches first', async ({ query, titles }) => {
    const { page } = await open();
    await page.goto(root.url(`/search/?q=${encodeURIComponent(query)}`));
    const { results } = await searchOutcome(page, query);
    // Titles weigh more than abstracts: the papers named in their titles come first.
    const top = results.slice(0, titles.length).map((result) => result.title);
    for (const title of titles) expect(top, query).toContainEqual(expect.stringMatching(title));
  });

  it('runs a ?q= deep link on load and names the search in the title', async () => {
    const { page } = await open();
    await page.goto(root.url('/search/?q=FastSpeech'));
    const { status, results } = await searchOutcome(page, 'FastSpeech');
    expect(status).toMatch(/^\d+ results? for “FastSpeech”\.$/);
    expect(results[0]?.href).toMatch(/^\/papers\/[a-z0-9-]+\/$/);
    expect(await page.inputValue('#search-input')).toBe('FastSpeech');
    expect(await page.title()).toContain('“FastSpeech”');
  });

  it('keeps the address in step with the query, and Back returns to the previous search', async () => {
    const { page } = await open();
    await page.goto(root.url('/search/?q=LANTERN'));
    await searchOutcome(page, 'LANTERN');
    await page.fill('#search-input', '');
    await page.locator('#search-input').pressSequentially('FastSpeech');
    await searchOutcome(page, 'FastSpeech');
    expect(new URL(page.url()).searchParams.get('q')).toBe('FastSpeech');
    await page.goBack();
    const { results } = await searchOutcome(page, 'LANTERN');
    expect(new URL(page.url()).searchParams.get('q')).toBe('LANTERN');
    expect(await page.inputValue('#search-input')).toBe('LANTERN');
    expect(results[0]?.title).toMatch(/^LANTERN: /);
  });

  it('narrows results to a topic, with counts that match', async () => {
    const { page } = await open();
    await page.goto(root.url('/search/?q=autoregressive'));
    const all = await searchOutcome(page, 'autoregressive');
    const total = Number(/^(\d+) results/.exec(all.status)?.[1]);
    const boxes = await page.locator('[data-search-filters] li').evaluateAll((items) =>
      items.map((item) => ({ topic: item.dataset.topic ?? '', count: Number(item.querySelector('.count')?.textContent) })),
    );
    const narrower = boxes.filter((box) => box.count > 0 && box.count < total).sort((a, b) => a.count - b.count)[0];
    expect(narrower, `a topic with fewer than ${total} results among ${JSON.stringify(boxes)}`).toBeDefined();
    await page.getByRole('checkbox', { name: narrower!.topic }).check();
    // The status line still names the query from before; wait until it names the topic too.
    await page.locator('[data-search-status]', { hasText: ` in ${narrower!.topic}.` }).waitFor();
    const narrowed = await searchOutcome(page, 'autoregressive');
    expect(narrowed.status).toBe(`${narrower!.count === 1 ? '1 result' : `${narrower!.count} results`} for “autoregressive” in ${narrower!.topic}.`);
    expect(narrowed.results.length).toBe(Math.min(narrower!.count, 10));
    for (const result of narrowed.results) expect(result.about, result.title).toContain(narrower!.topic);
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual([narrower!.topic]);
  });

  it('says whether ticked topics narrow or widen the results, and does what it says', async () => {
    const { page } = await open();
    await page.goto(root.url('/search/?q=autoregressive'));
    await searchOutcome(page, 'autoregressive');
    const legend = page.locator('[data-search-filters] legend');
    expect(await legend.textContent()).toBe('Only results on all the ticked topics');
    const boxes = async () =>
      page.locator('[data-search-filters] li').evaluateAll((items) =>
        items.map((item) => ({ topic: item.dataset.topic ?? '', count: Number(item.querySelector('.count')?.textContent) })),
      );
    const [a] = (await boxes()).sort((x, y) => y.count - x.count);
    await page.getByRole('checkbox', { name: a!.topic }).check();
    await page.locator('[data-search-status]', { hasText: ` in ${a!.topic}.` }).waitFor();
    // Narrowing: each other box counts the results also on its topic; take one that narrows further.
    const b = (await boxes()).filter((box) => box.topic !== a!.topic && box.count > 0 && box.count < a!.count).sort((x, y) => y.count - x.count)[0];
    expect(b, 'a second topic sharing some of the first one\'s papers').toBeDefined();
    await page.getByRole('checkbox', { name: b!.topic }).check();
    // The status names ticked topics in the order of the boxes: alphabetical.
    const [first, second] = [a!.topic, b!.topic].sort((x, y) => x.localeCompare(y));
    await page.locator('[data-search-status]', { hasText: ` in ${first} and ${second}.` }).waitFor();
    const narrowed = await searchOutcome(page, 'autoregressive');
    expect(narrowed.status).toBe(`${b!.count === 1 ? '1 result' : `${b!.count} results`} for “autoregressive” in ${first} and ${second}.`);
    for (const result of narrowed.results) {
      expect(result.about, result.title).toContain(a!.topic);
      expect(result.about, result.title).toContain(b!.topic);
    }

    await page.getByRole('radio', { name: /^Widen/ }).check();
    await page.locator('[data-search-status]', { hasText: ` in ${first} or ${second}.` }).waitFor();
    expect(await legend.textContent()).toBe('Results on any of the ticked topics');
    const widened = await searchOutcome(page, 'autoregressive');
    const total = Number(/^(\d+) results/.exec(widened.status)?.[1]);
    expect(total).toBeGreaterThanOrEqual(a!.count);
    for (const result of widened.results) expect([a!.topic, b!.topic].some((topic) => result.about.includes(topic)), result.title).toBe(true);
    expect(new URL(page.url()).searchParams.get('match')).toBe('any');
    // The address holds the whole search: opened afresh, it widens again.
    await page.goto(page.url());
    await page.locator('[data-search-status]', { hasText: ` in ${first} or ${second}.` }).waitFor();
    expect(await page.getByRole('radio', { name: /^Widen/ }).isChecked()).toBe(true);
  });

  it('corrects a misspelled word, and says so, on the page and in the drop-down', async () => {
    const { page } = await open();
    await page.goto(root.url('/search/?q=autoregresive'));
    const { status, results } = await searchOutcome(page, 'autoregresive');
    expect(status).toMatch(/^\d+ results for “autoregressive”, corrected from “autoregresive”\.$/);
    expect(results[0]?.title).toMatch(/autoregressive/i);
    await page.goto(root.url('/'));
    await page.focus('#site-search');
    await page.keyboard.type('difusion');
    await page.locator('.search-panel-message', { hasText: 'Showing results for “diffusion”.' }).waitFor();
    expect(await page.locator('.search-panel .search-hit').count()).toBeGreaterThan(0);
  });

  it('shows an honest empty state for a word no paper has', async () => {
    const { page } = await open();
    await page.goto(root.url('/search/?q=zqxjvwk'));
    const { status, results } = await searchOutcome(page, 'zqxjvwk');
    expect(status).toBe('No paper mentions “zqxjvwk”.');
    expect(results).toEqual([]);
    expect(await page.locator('[data-search-status]').isVisible()).toBe(true);
  });

  it('loads no search code on a reading page until the reader focuses the field', async () => {
    const { page } = await open();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (/\.js($|\?)/.test(request.url()) && !request.url().endsWith('/sw.js')) scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(root.url('/papers/'));
    await page.waitForLoadState('load');
    expect(scripts).toEqual([]);
    await page.focus('#site-search');
    await page.waitForRequest(/\/pagefind\/pagefind\.js$/);
    expect(scripts).toContainEqual(expect.stringMatching(/^\/_astro\/search-box-[\w-]+\.js$/));
  });

  it('works from the keyboard: / to search, arrows through the drop-down, Enter to open', async () => {
    const { page } = await open();
    await page.goto(root.url('/topics/'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('FastSpeech');
    const status = page.locator('[data-search-box] [role="status"]');
    await status.filter({ hasText: /^\d+ results? for “FastSpeech”; press the down arrow/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toMatch(/^FastSpeech/);
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=FastSpeech$/);
    await searchOutcome(page, 'FastSpeech');
    // On /search/, `/` goes to the page's own field; Tab walks from it to the results.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    for (let tabs = 0; tabs < 20; tabs++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)) break;
    }
    const target = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(target).toMatch(/^FastSpeech/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/papers\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(target);
  });

  it('keeps words next to markup apart in the index: topic links, a link in an abstract', async () => {
    const { page } = await open();
    await page.goto(root.url('/search/?q=LANTERN'));
    const shown = await searchOutcome(page, 'LANTERN');
    // A string, because Vitest would rewrite an import() written in this file.
    const first = (query: string) =>
      page.evaluate<IndexedPage>(
        `import('/pagefind/pagefind.js').then((pagefind) => pagefind.search(${JSON.stringify(query)})).then((found) => found.results[0].data())`,
      );
    const lantern = await first('LANTERN');
    expect(lantern.meta.shortName).toBe('LANTERN');
    expect(lantern.meta.title).toMatch(/^LANTERN: Accelerating/);
    // The topic labels are adjacent links, each a filter value of its own; the result's line under its title names
    // them apart ("Vision ARFast inference" if glued). They are not search metadata: a topic's name finds its topic
    // page, not every paper on it.
    const topics = lantern.filters.topic ?? [];
    expect(topics.length, 'LANTERN has topics').toBeGreaterThan(1);
    expect(shown.results.find((result) => result.title.startsWith('LANTERN:'))?.about).toBe(`LANTERN · ${topics.join(', ')}`);
    expect(lantern.meta.topics).toBeUndefined();
    // No abstract says "vs": before, every paper on "Diffusion vs AR" matched it through that label.
    const vs = await page.evaluate<string[]>(
      `import('/pagefind/pagefind.js').then((pagefind) => pagefind.search('vs')).then((found) => Promise.all(found.results.map((result) => result.data()))).then((pages) => pages.map((found) => found.url))`,
    );
    expect(vs.filter((url) => url.startsWith('/papers/'))).toEqual([]);
    // The sentence marked for the key numbers list keeps its words apart from the sentence before it, and the list is not indexed.
    expect(lantern.content).toMatch(/over speculative decoding\. In specific, compared to/);
    expect(lantern.content).not.toContain('Key numbers');
    // An abstract's link sits between two words; the index keeps both apart from it.
    const ddsp = await first('DDSP');
    expect(ddsp.meta.title).toMatch(/^DDSP: Differentiable Digital Signal Processing/);
    expect(ddsp.content).toMatch(/publicly available at \S*github\.com\/magenta\/ddsp\S* and we welcome/);
  });

  it('without JavaScript, the header form opens /search/?q= and the page points to papers and topics', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(root.url('/'));
    await page.fill('#site-search', 'LANTERN');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=LANTERN$/);
    await page.locator('main p', { hasText: 'needs JavaScript' }).waitFor();
    expect(await page.locator('main a[href="/papers/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/topics/"]').count()).toBe(1);
    // Every topic page is one click away, and the search page has one search box: its own.
    const topics = (await readdir(join(inject('sites').root, 'topics'))).filter((file) => file.endsWith('.json'));
    expect(await page.locator('main a[href^="/topics/"][href$="/"]:not([href="/topics/"])').count()).toBe(topics.length);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
  });

  it('searches under BASE_PATH=/atlas/, served from /atlas/', async () => {
    const { page } = await open();
    await page.goto(atlas.url('/search/?q=speculative%20decoding'));
    const { results } = await searchOutcome(page, 'speculative decoding');
    for (const title of findable[0]!.titles) expect(results.map((result) => result.title)).toContainEqual(expect.stringMatching(title));
    for (const result of results) expect(result.href).toMatch(/^\/atlas\/(papers|topics)\/[a-z0-9-]+\/$/);
    await page.locator('[data-search-results]').getByRole('link', { name: results[0]!.title, exact: true }).click();
    await page.waitForURL(atlas.url(results[0]!.href.slice('/atlas'.length)));
    expect(await page.locator('h1').textContent()).toBe(results[0]!.title);
  });
});
