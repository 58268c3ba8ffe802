import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../../../src/cli/launch-chromium.ts';
import { axeViolations } from './axe-violations.ts';
import { browserTestsRun } from './browser-tests-run.ts';
import { openPage, searchOutcome } from './open-page.ts';
import { serveSite, type ServedSite } from '../../../src/cli/serve-site.ts';

describe.skipIf(!browserTestsRun())('accessibility (axe-core) in both themes', () => {
  let chromium: LaunchedChromium;
  let site: ServedSite;
  let paper: string;

  beforeAll(async () => {
    chromium = await launchChromium();
    site = await serveSite(inject('sites').root, '/');
    const papers = JSON.parse(await readFile(join(inject('sites').root, 'papers.json'), 'utf8')) as { slug: string }[];
    paper = papers[0]!.slug;
  });
  afterAll(async () => {
    await chromium?.close();
    await site?.close();
  });

  const pages = [
    { name: 'the home page', path: () => '/' },
    { name: '/papers/', path: () => '/papers/' },
    { name: 'a paper', path: () => `/papers/${paper}/` },
    { name: '/topics/', path: () => '/topics/' },
    { name: 'a topic', path: () => '/topics/speech-tts/' },
    { name: 'a topic with a chart of speed-ups', path: () => '/topics/llm-inference/' },
    { name: 'a topic with a chart of FIDs', path: () => '/topics/vision-ar/' },
    { name: 'a paper at a marked key-number sentence', path: () => '/papers/lantern-accelerating-visual-autoregressive-models-with/#claim-1' },
    { name: 'a search with results', path: () => '/search/?q=speculative%20decoding', query: 'speculative decoding' },
  ];
  const themes = ['light', 'dark'] as const;

  it.each(themes.flatMap((theme) => pages.map((page) => ({ ...page, theme }))))(
    'finds no violations on $name ($theme), and no console errors',
    async ({ path, query, theme }) => {
      const { context, page, problems } = await openPage(chromium.browser, { colorScheme: theme });
      await page.goto(site.url(path()));
      if (query) await searchOutcome(page, query);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  it.each(themes)('finds no violations in the header drop-down with results (%s)', async (theme) => {
    const { context, page, problems } = await openPage(chromium.browser, { colorScheme: theme });
    await page.goto(site.url('/'));
    await page.focus('#site-search');
    await page.keyboard.type('FastSpeech');
    await page.locator('.search-panel .search-hit').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  });
});
