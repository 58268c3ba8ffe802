import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { readSynonymsFile } from '../../../src/format/synonyms-file.ts';
import { findMatches } from '../../../src/knowledge/phrase-pattern.ts';
import { termPattern } from '../../../src/knowledge/search-terms.ts';
import { indexText } from '../../../src/knowledge/tokens.ts';
import { contentPapers } from '../../unit/knowledge/content.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../../../src/cli/launch-chromium.ts';
import { browserTestsRun } from './browser-tests-run.ts';
import { openPage, searchOutcome, type WatchedPage } from './open-page.ts';
import { serveSite, type ServedSite } from '../../../src/cli/serve-site.ts';

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
const root = new URL('../../..', import.meta.url).pathname;
const synonyms = await readSynonymsFile(root);
const papers = await contentPapers();
/** Each synonym group some paper writes, with those papers (matched as the index's synonyms are). */
const groups = synonyms.groups
  .map((terms) => {
    const patterns = terms.map(termPattern);
    const writers = papers
      .filter((paper) => patterns.some((pattern) => findMatches(pattern, indexText(`${paper.title}\n${paper.abstract}`)).length > 0))
      .map((paper) => paper.slug);
    return { terms, name: terms.join(' / '), writers };
  })
  .filter((group) => group.writers.length > 0);

/** The slug of a paper result's address; undefined for any other page (a topic). */
const slugOf = (href: string): string | undefined => /\/papers\/([a-z0-9-]+)\/$/.exec(href)?.[1];

describe.skipIf(!browserTestsRun())('search relevance: the papers a query means rank in the top 3, synonyms find the same papers', () => {
  let chromium: LaunchedChromium;
  let site: ServedSite;
  let watched: WatchedPage;

  beforeAll(async () => {
    chromium = await launchChromium();
    site = await serveSite(inject('sites').root, '/');
    // One page for every query, as a reader searching one thing after another: later queries reuse its Pagefind.
    watched = await openPage(chromium.browser);
    await watched.page.goto(site.url('/search/'));
    // A first visit also precaches the whole (small) site for offline reading: hundreds of requests that can hold
    // up the first query's index chunks on a loaded machine (a full run once timed the first query out after
    // 60 s; the cause was not proven). Let them finish before the first query.
    await watched.page.waitForLoadState('networkidle');
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

  it.each(groups)('finds the same papers for $name: every paper that writes any of them ($writers.length)', async ({ terms, writers }) => {
    for (const term of terms) {
      // Every result, not only the first page, straight from Pagefind.
      // A string, because Vitest would rewrite an import() written in this file.
      const found = await watched.page.evaluate<string[]>(
        `import('/pagefind/pagefind.js').then((pagefind) => pagefind.search(${JSON.stringify(term)}))` +
          '.then((found) => Promise.all(found.results.map((result) => result.data().then((data) => data.url))))',
      );
      const slugs = found.flatMap((url) => slugOf(url) ?? []);
      for (const slug of writers) expect(slugs, `"${term}" finds ${slug}`).toContain(slug);
    }
  });
});
