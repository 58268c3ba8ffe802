import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attr, builds, type BuiltSite, type Element, elements, fileFor, readSite, textOf } from './built-site.ts';

interface PaperJson {
  slug: string;
  title: string;
  abstract: string;
  arxiv?: string;
  doi?: string;
  related: string[];
  mentions: string[];
}

const FASTSPEECH = 'fastspeech-fast-robust-and-controllable-text-to-speech';
const FASTSPEECH_2 = 'fastspeech-2-fast-and-high-quality-end-to-end-text-to-speech';
const LANTERN = 'lantern-accelerating-visual-autoregressive-models-with';
const CONTINUOUS_SD = 'continuous-speculative-decoding-for-autoregressive-image';

const byClass = (root: Element, name: string): Element[] => [...elements(root)].filter((el) => (attr(el, 'class') ?? '').split(/\s+/).includes(name));
const links = (root: Element): Element[] => [...elements(root)].filter((el) => el.tagName === 'a');
/** The section of a paper page headed `heading`, if any. */
const section = (root: Element, heading: string): Element | undefined =>
  [...elements(root)].find((el) => el.tagName === 'section' && [...elements(el)].some((h) => h.tagName === 'h2' && textOf(h) === heading));

describe.each(builds)('paper pages lead on, $name', ({ key, base }) => {
  let site: BuiltSite;
  let papers: PaperJson[];
  const pageOf = (slug: string): Element => site.pages.find((page) => page.file === `papers/${slug}/index.html`)!.document as unknown as Element;

  beforeAll(async () => {
    site = await readSite(inject('sites')[key], base);
    papers = JSON.parse(await readFile(join(site.dir, 'papers.json'), 'utf8')) as PaperJson[];
  });

  it('gives every paper without an identifier a row of searches for its exact title', () => {
    const searches: Record<string, { host: string; path: string; param: string }> = {
      arXiv: { host: 'arxiv.org', path: '/search/', param: 'query' },
      'Semantic Scholar': { host: 'www.semanticscholar.org', path: '/search', param: 'q' },
      'Google Scholar': { host: 'scholar.google.com', path: '/scholar', param: 'q' },
    };
    for (const paper of papers.filter((entry) => !entry.arxiv && !entry.doi)) {
      const [row] = byClass(pageOf(paper.slug), 'find-paper');
      expect(textOf(row!), paper.slug).toMatch(/^Find this paper: arXiv · Semantic Scholar · Google Scholar$/);
      for (const link of links(row!)) {
        const url = new URL(attr(link, 'href')!);
        const expected = searches[textOf(link)]!;
        expect([url.host, url.pathname, url.searchParams.get(expected.param)]).toEqual([expected.host, expected.path, `"${paper.title}"`]);
      }
    }
    // The seed names no arXiv id or DOI: every page has the row.
    expect(papers.filter((entry) => entry.arxiv || entry.doi)).toEqual([]);
  });

  it('lists related papers that lead to their pages, as papers.json does', () => {
    const fastspeech = papers.find((paper) => paper.slug === FASTSPEECH)!;
    expect(fastspeech.related[0]).toBe(FASTSPEECH_2);
    expect(papers.find((paper) => paper.slug === LANTERN)!.related.slice(0, 3)).toContain(CONTINUOUS_SD);
    for (const paper of papers) {
      const related = section(pageOf(paper.slug), 'Related papers');
      const hrefs = related ? links(related).map((a) => attr(a, 'href')!) : [];
      expect(hrefs, paper.slug).toEqual(paper.related.map((slug) => `${base}papers/${slug}/`));
      for (const href of hrefs) expect(site.files.has(fileFor(site, href)!), href).toBe(true);
    }
    const first = section(pageOf(FASTSPEECH), 'Related papers')!;
    const [item] = [...elements(first)].filter((el) => el.tagName === 'li');
    expect(textOf(item!)).toMatch(/^FastSpeech 2: Fast and High-Quality End-to-End Text to Speech \(shared: FastSpeech, .+\)$/);
  });

  it('links FastSpeech in FastSpeech 2’s abstract, once, and FastSpeech’s page shows it as “Mentioned by”', () => {
    const [article] = [...elements(pageOf(FASTSPEECH_2))].filter((el) => el.tagName === 'article');
    const mentions = byClass(article!, 'mention');
    expect(mentions.map((a) => [textOf(a), attr(a, 'href')])).toEqual([['FastSpeech', `${base}papers/${FASTSPEECH}/`]]);
    const mentionedBy = section(pageOf(FASTSPEECH), 'Mentioned by')!;
    expect(links(mentionedBy).map((a) => [textOf(a), attr(a, 'href')])).toEqual([['FastSpeech 2: Fast and High-Quality End-to-End Text to Speech', `${base}papers/${FASTSPEECH_2}/`]]);
    expect(papers.find((paper) => paper.slug === FASTSPEECH_2)!.mentions).toEqual([FASTSPEECH]);
    // Every other paper names no atlas paper, and shows no "Mentioned by".
    expect(papers.filter((paper) => paper.mentions.length > 0).map((paper) => paper.slug)).toEqual([FASTSPEECH_2]);
    expect(papers.filter((paper) => section(pageOf(paper.slug), 'Mentioned by')).map((paper) => paper.slug)).toEqual([FASTSPEECH]);
  });

  it('puts each abstract into papers.json as the page shows it', () => {
    const paragraphs = (slug: string): string => {
      const [article] = [...elements(pageOf(slug))].filter((el) => el.tagName === 'article');
      return [...elements(article!)].filter((el) => el.tagName === 'p' && !attr(el, 'class')).map(textOf).join(' ');
    };
    for (const slug of [FASTSPEECH_2, LANTERN]) expect(papers.find((paper) => paper.slug === slug)!.abstract.replace(/\s+/g, ' ')).toBe(paragraphs(slug));
  });

  it('shows no short name that only repeats the start of the title', () => {
    const pills = site.pages.flatMap((page) => [...byClass(page.document as unknown as Element, 'short-name'), ...byClass(page.document as unknown as Element, 'short')].map((el) => `${page.file}: ${textOf(el)}`));
    expect(pills).toEqual([]);
  });

  it('shows each paper’s topics in the index rows', () => {
    const index = site.pages.find((page) => page.url === `${base}papers/`)!;
    const row = [...elements(index.document as unknown as Element)].find((el) => el.tagName === 'li' && links(el).some((a) => attr(a, 'href') === `${base}papers/${FASTSPEECH}/`))!;
    // Title, then the headline key number (issue 9), then the topics.
    expect(textOf(row)).toMatch(/^FastSpeech: Fast, Robust and Controllable Text to Speech 270× speed-up Speech & audio · /);
  });

  it('lists every paper by title at /papers/by-title/, A to Z, following its pages', () => {
    const titles: string[] = [];
    let url: string | undefined = `${base}papers/by-title/`;
    while (url) {
      const page = site.pages.find((p) => p.url === url);
      expect(page, url).toBeDefined();
      const list = [...elements(page!.document as unknown as Element)].find((el) => el.tagName === 'ol' && attr(el, 'class') === 'paper-list')!;
      titles.push(...[...elements(list)].filter((el) => el.tagName === 'a').map(textOf));
      const next = links(page!.document as unknown as Element).find((a) => attr(a, 'rel') === 'next');
      url = next && attr(next, 'href');
    }
    expect(titles).toHaveLength(papers.length);
    expect(new Set(titles)).toEqual(new Set(papers.map((paper) => paper.title)));
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(titles).toEqual([...titles].sort(collator.compare));
    expect(titles[0]).toBe('2 OLMo 2 Furious');
  });
});
