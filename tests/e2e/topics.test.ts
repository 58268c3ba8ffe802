import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deriveTopics } from '../../src/knowledge/topics.ts';
import { contentPapers, contentTopics } from '../unit/knowledge/content.ts';
import { attr, builds, type BuiltPage, type BuiltSite, type Element, elements, fileFor, readSite, textOf } from './built-site.ts';

const REQUIRED = ['vision-ar', 'speech-tts', 'llm-inference', 'diffusion-vs-ar'];
const LEANS = ['diffusion ahead', 'autoregressive ahead', 'hybrid or bridge', 'neutral comparison', 'unclear'];

interface PaperJson {
  slug: string;
  title: string;
  topics: string[];
}

const all = (page: BuiltPage, tag: string): Element[] => [...elements(page.document)].filter((el) => el.tagName === tag);
const main = (page: BuiltPage): Element => all(page, 'main')[0]!;
const within = (root: Element, tag: string): Element[] => [...elements(root)].filter((el) => el.tagName === tag);

describe.each(builds)('topic pages $name', ({ key, base }) => {
  let site: BuiltSite;
  let papers: PaperJson[];
  let topicPages: BuiltPage[];

  beforeAll(async () => {
    site = await readSite(inject('sites')[key], base);
    papers = JSON.parse(await readFile(join(site.dir, 'papers.json'), 'utf8')) as PaperJson[];
    topicPages = site.pages.filter((page) => /^topics\/[^/]+\/(?:\d+\/)?index\.html$/.test(page.file));
  });

  const page = (path: string): BuiltPage => {
    const found = site.pages.find((item) => item.url === `${base}${path}`);
    expect(found, `${base}${path}`).toBeDefined();
    return found!;
  };

  it('has a page for each of the four required topics', () => {
    for (const id of REQUIRED) {
      const topic = page(`topics/${id}/`);
      expect(all(topic, 'h1').map(textOf), id).toHaveLength(1);
      expect(within(main(topic), 'ol').length, id).toBeGreaterThan(0);
    }
  });

  it('puts every paper on at least one topic page, and lists each paper where papers.json says', () => {
    const onPage = new Map<string, Set<string>>();
    for (const topicPage of topicPages) {
      const id = topicPage.file.split('/')[1]!;
      const list = within(main(topicPage), 'ol').find((ol) => attr(ol, 'class')?.includes('topic-papers'));
      for (const a of list ? within(list, 'a') : []) {
        const slug = /\/papers\/([^/]+)\/$/.exec(attr(a, 'href') ?? '')?.[1];
        if (slug) onPage.set(slug, (onPage.get(slug) ?? new Set()).add(id));
      }
    }
    expect(papers.filter((paper) => !onPage.has(paper.slug)).map((paper) => paper.title)).toEqual([]);
    for (const paper of papers) {
      expect(paper.topics.length, paper.slug).toBeGreaterThan(0);
      expect([...onPage.get(paper.slug)!].sort(), paper.slug).toEqual([...paper.topics].sort());
    }
  });

  it('explains every listed paper: matched words and where, or curated', () => {
    for (const topicPage of topicPages) {
      for (const why of [...elements(main(topicPage))].filter((el) => attr(el, 'class')?.split(' ').includes('why'))) {
        expect(textOf(why), topicPage.file).toMatch(/^(?:borderline )?(?:curated(?:; )?)?(?:matched: .+ \((?:title|abstract)[^)]*\)|curated$|no topic rule matched$)/);
      }
    }
    const inference = textOf(main(page('topics/llm-inference/')));
    expect(inference).toMatch(/matched: speculative \(title, abstract/);
  });

  it('marks the papers the rules put on a topic by a small margin, and says what the mark means', async () => {
    const membership = deriveTopics(await contentPapers(), await contentTopics());
    for (const topicPage of topicPages.filter((item) => /^topics\/[^/]+\/index\.html$/.test(item.file))) {
      const id = topicPage.file.split('/')[1]!;
      const marked = [...elements(main(topicPage))]
        .filter((el) => el.tagName === 'li' && [...elements(el)].some((inner) => attr(inner, 'class')?.split(' ').includes('borderline')))
        .map((li) => /\/papers\/([^/]+)\/$/.exec(attr(within(li, 'a')[0]!, 'href') ?? '')?.[1]);
      const expected = membership.byTopic.get(id as never)!.slice(0, 25).filter((member) => member.borderline).map((member) => member.paper);
      expect(marked, id).toEqual(expected);
      if (marked.length) expect(textOf(main(topicPage)), id).toMatch(/borderline marks a paper the rules put here by less than one point/);
    }
    expect(membership.byTopic.get('vision-ar' as never)!.some((member) => member.borderline)).toBe(true);
  });

  it('ships no script on topic pages beyond the search loader every page has', () => {
    const pages = [...topicPages, page('topics/')];
    const scripts = pages.flatMap((item) => all(item, 'script').filter((el) => attr(el, 'data-search-loader') === undefined).map(() => item.file));
    expect(scripts).toEqual([]);
    for (const item of pages) expect(all(item, 'script').length, item.file).toBeLessThanOrEqual(1);
  });

  it('draws the topic chart as SVG with a text alternative', () => {
    const index = page('topics/');
    const svg = all(index, 'svg')[0]!;
    expect(attr(svg, 'role')).toBe('img');
    const ids = (attr(svg, 'aria-labelledby') ?? '').split(' ');
    const named = ids.map((id) => [...elements(index.document)].find((el) => attr(el, 'id') === id));
    expect(named.map((el) => el?.tagName)).toEqual(['title', 'desc']);
    expect(textOf(named[1]!)).toMatch(/^Bars: papers per topic, from .+ \(\d+\) down to .+\. Grid: /);
    // Colours come from the theme (CSS variables, currentColor), never fixed in the markup.
    expect(within(svg, 'rect').concat(within(svg, 'circle')).filter((el) => attr(el, 'fill'))).toEqual([]);
    const table = within(main(index), 'table')[0]!;
    const topicCount = site.pages.filter((item) => /^topics\/[^/]+\/index\.html$/.test(item.file)).length;
    expect(within(table, 'tbody').flatMap((body) => within(body, 'tr'))).toHaveLength(topicCount);
  });

  it('lists every topic with its summary and count on /topics/', () => {
    const cards = within(main(page('topics/')), 'li').filter((li) => within(li, 'h3').length > 0);
    const ids = site.pages.filter((item) => /^topics\/[^/]+\/index\.html$/.test(item.file)).map((item) => item.file.split('/')[1]);
    expect(cards).toHaveLength(ids.length);
    for (const card of cards) {
      expect(textOf(card)).toMatch(/\d+ papers?/);
      expect(within(card, 'p').map(textOf).join('').length).toBeGreaterThan(100);
    }
  });

  it('gives diffusion-vs-ar a comparison table: one row per paper, a lean and its sentence', () => {
    const topic = page('topics/diffusion-vs-ar/');
    const table = within(main(topic), 'table')[0]!;
    const rows = within(within(table, 'tbody')[0]!, 'tr');
    const listed = within(within(main(topic), 'ol')[0]!, 'li');
    expect(rows).toHaveLength(listed.length);
    for (const row of rows) {
      const [lean, sentence] = within(row, 'td').map(textOf);
      expect(LEANS).toContain(lean);
      if (lean !== 'unclear') expect(sentence!.length).toBeGreaterThan(20);
    }
  });

  it('resolves every link on topic pages', () => {
    const broken = [...topicPages, page('topics/')].flatMap((item) =>
      within(main(item), 'a')
        .map((a) => attr(a, 'href') ?? '')
        .filter((href) => href.startsWith('/'))
        .filter((href) => !href.startsWith(base) || !site.files.has(fileFor(site, href.split('#')[0]!) ?? ''))
        .map((href) => `${item.file}: ${href}`),
    );
    expect(broken).toEqual([]);
  });

  it('indexes topic pages for search, with the topic as a filter', () => {
    const topic = page('topics/vision-ar/');
    const body = [...elements(topic.document)].filter((el) => attr(el, 'data-pagefind-body') !== undefined);
    expect(body).toHaveLength(1);
    expect(attr(body[0]!, 'data-pagefind-filter')).toMatch(/^topic:.+/);
  });

  it('links each paper page to its topics', () => {
    const lantern = papers.find((paper) => paper.slug.startsWith('lantern-'))!;
    const paperPage = page(`papers/${lantern.slug}/`);
    const links = within(main(paperPage), 'a').filter((a) => attr(a, 'data-pagefind-filter') === 'topic');
    expect(links.map((a) => attr(a, 'href'))).toEqual(lantern.topics.map((id) => `${base}topics/${id}/`));
  });

  it('leads the home page with the topics', () => {
    const home = main(page(''));
    const firstLink = within(home, 'a')[0]!;
    expect(attr(firstLink, 'href')).toMatch(new RegExp(`^${base}topics/[a-z0-9-]+/$`));
    const headings = within(home, 'h2').map(textOf);
    expect(headings[0]).toBe('Topics');
  });
});
