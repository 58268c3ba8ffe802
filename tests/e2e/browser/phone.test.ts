import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../../../src/cli/launch-chromium.ts';
import { browserTestsRun } from './browser-tests-run.ts';
import { openPage, searchOutcome } from './open-page.ts';
import { serveSite, type ServedSite } from '../../../src/cli/serve-site.ts';

/** A phone (390 × 844, as an iPhone 12 to 15) and a laptop. */
const screens = [
  { name: 'phone', width: 390, height: 844, mobile: true },
  { name: 'laptop', width: 1366, height: 768, mobile: false },
] as const;
const themes = ['light', 'dark'] as const;

/**
 * Everything on the page a reader might need that does not fit across the
 * screen: the page itself scrolling sideways, a box whose content is cut off
 * or scrolls sideways, or an element reaching past the right edge. Elements
 * hidden on purpose (display: none, visibility: hidden, or clipped like the
 * visually-hidden labels screen readers use) are not for the eye and are skipped.
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const unseen = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath !== 'none') return true;
      }
      return false;
    };
    const name = (element: Element): string =>
      `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px`);
    for (const element of document.body.querySelectorAll('*')) {
      if (unseen(element)) continue;
      const style = getComputedStyle(element);
      if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} hides ${element.scrollWidth - element.clientWidth} px behind overflow-x: ${style.overflowX}`);
      }
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 1) problems.push(`${name(element)} reaches ${Math.round(box.right)} px, past the ${root.clientWidth} px screen`);
    }
    return problems;
  });
}

describe.skipIf(!browserTestsRun())('every page type fits the screen, on a phone and a laptop, light and dark', () => {
  let chromium: LaunchedChromium;
  let site: ServedSite;
  /** The paper with the longest title: the hardest case for a phone's first screen. */
  let longest: string;

  beforeAll(async () => {
    chromium = await launchChromium();
    site = await serveSite(inject('sites').root, '/');
    const papers = JSON.parse(await readFile(join(inject('sites').root, 'papers.json'), 'utf8')) as { slug: string; title: string }[];
    longest = papers.reduce((a, b) => (b.title.length > a.title.length ? b : a)).slug;
  });
  afterAll(async () => {
    await chromium?.close();
    await site?.close();
  });

  const pages = [
    { name: 'the home page', path: () => '/' },
    { name: 'the paper index', path: () => '/papers/' },
    { name: 'a paper', path: () => `/papers/${longest}/` },
    { name: 'the topics', path: () => '/topics/' },
    { name: 'a topic', path: () => '/topics/vision-ar/' },
    { name: 'the comparison topic', path: () => '/topics/diffusion-vs-ar/' },
    { name: 'a search with results', path: () => '/search/?q=speculative%20decoding', query: 'speculative decoding' },
    { name: 'a missing page', path: () => '/no-such-page/' },
  ];

  it.each(screens.flatMap((screen) => themes.flatMap((theme) => pages.map((page) => ({ ...page, screen, theme })))))(
    '$name: nothing hides behind sideways scrolling ($screen.name, $theme)',
    async ({ path, query, screen, theme }) => {
      const { context, page, problems } = await openPage(chromium.browser, {
        viewport: { width: screen.width, height: screen.height },
        isMobile: screen.mobile,
        hasTouch: screen.mobile,
        colorScheme: theme,
      });
      await page.goto(site.url(path()));
      if (query) await searchOutcome(page, query);
      expect(await page.evaluate(() => window.innerWidth)).toBe(screen.width);
      expect(await sidewaysOverflow(page)).toEqual([]);
      await context.close();
      expect(problems.filter((problem) => !problem.includes('/no-such-page/'))).toEqual([]);
    },
  );

  it('shows the start of the abstract on the first screen of a phone, however long the title', async () => {
    const { context, page } = await openPage(chromium.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(site.url(`/papers/${longest}/`));
    const top = await page.locator('.paper-body p').first().evaluate((element) => element.getBoundingClientRect().top);
    // Room for at least three lines of the abstract above the fold.
    expect(top).toBeLessThan(844 - 3 * 30);
    await context.close();
  });

  it('turns the comparison table into cards on a phone, and keeps it a table on a laptop', async () => {
    const display = async (width: number, mobile: boolean): Promise<string[]> => {
      const { context, page } = await openPage(chromium.browser, { viewport: { width, height: 800 }, isMobile: mobile, hasTouch: mobile });
      await page.goto(site.url('/topics/diffusion-vs-ar/'));
      const found = await page.locator('.lean-table').first().evaluate((table) => [table, table.querySelector('tbody tr')!].map((element) => getComputedStyle(element).display));
      // Cards or table, it is read as a table: rows of a paper, its lean and its sentence.
      expect(await page.getByRole('table').first().getByRole('rowheader').count()).toBeGreaterThan(0);
      await context.close();
      return found;
    };
    expect(await display(390, true)).toEqual(['block', 'block']);
    expect(await display(1366, false)).toEqual(['table', 'table-row']);
  });
});
