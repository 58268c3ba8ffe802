import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserTestsRun, launchChromium, type LaunchedChromium } from './launch-chromium.ts';
import { openPage, searchOutcome, type WatchedPage } from './open-page.ts';
import { serveSite, type ServedSite } from './serve-site.ts';

/** One query of relevance.yaml (its header explains the fields). */
interface Judgement {
  query: string;
  kind: 'acronym' | 'model' | 'synonym' | 'misspelling' | 'topic';
  why: string;
  top3: string[];
  first?: string;
  only?: string[];
}

const judgements = parse(await readFile(new URL('./relevance.yaml', import.meta.url), 'utf8')) as Judgement[];

/** The slug of a paper result's address; undefined for any other page (a topic). */
const slugOf = (href: string): string | undefined => /\/papers\/([a-z0-9-]+)\/$/.exec(href)?.[1];

describe.skipIf(!browserTestsRun())('search relevance: the papers a query means rank in the top 3', () => {
  let chromium: LaunchedChromium;
  let site: ServedSite;
  let watched: WatchedPage;

  beforeAll(async () => {
    chromium = await launchChromium();
    site = await serveSite(inject('sites').root, '/');
    // One page for every query, as a reader searching one thing after another: later queries reuse its Pagefind.
    watched = await openPage(chromium.browser);
    await watched.page.goto(site.url('/search/'));
  });
  afterAll(async () => {
    await watched?.context.close();
    await chromium?.close();
    await site?.close();
    expect(watched?.problems ?? [], 'console errors, exceptions or failed requests').toEqual([]);
  });

  it('has at least 25 queries, of every kind', () => {
    expect(judgements.length).toBeGreaterThanOrEqual(25);
    expect(new Set(judgements.map((judgement) => judgement.kind))).toEqual(new Set(['acronym', 'model', 'synonym', 'misspelling', 'topic']));
  });

  it.each(judgements)('"$query" ($kind)', async ({ query, top3, first, only, why }) => {
    const { page } = watched;
    await page.fill('#search-input', query);
    await page.press('#search-input', 'Enter');
    const { results } = await searchOutcome(page, query);
    // Among paper results: see the header of relevance.yaml.
    const top = results.flatMap((result) => slugOf(result.href) ?? []).slice(0, 3);
    const context = `${query}: ${why}\nfirst three: ${top.join(', ')}`;
    if (first) expect(top[0], context).toBe(first);
    for (const slug of top3) expect(top, context).toContain(slug);
    if (only) for (const slug of top) expect(only, context).toContain(slug);
    expect(top.length, context).toBeGreaterThan(0);
  });
});
