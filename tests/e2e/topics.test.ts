import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { trainCorpusModel } from '../../src/format/topic-corpus.ts';
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
const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(' ').includes(name);
const slugOf = (a: Element): string | undefined => /\/papers\/([^/]+)\/$/.exec(attr(a, 'href') ?? '')?.[1];
/** The papers a topic page lists as its members: its paper lists, or its comparison tables' rows. */
const listed = (page: BuiltPage): string[] =>
  [...elements(main(page))]
    .filter((el) => (el.tagName === 'ol' && hasClass(el, 'topic-papers')) || (el.tagName === 'table' && hasClass(el, 'lean-table')))
    .flatMap((list) => (list.tagName === 'ol' ? within(list, 'li').map((li) => within(li, 'a')[0]!) : within(list, 'th').flatMap((th) => within(th, 'a'))))
    .flatMap((a) => slugOf(a) ?? []);

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
      for (const slug of listed(topicPage)) onPage.set(slug, (onPage.get(slug) ?? new Set()).add(id));
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
        expect(textOf(why), topicPage.file).toMatch(/^(?:borderline )?(?:curated(?:; )?)?(?:matched: .+ \((?:title|abstract)[^)]*\)|worded like this topic's labelled papers: .+ \((?:title|abstract)\)|curated$|no topic rule matched$)/);
      }
    }
    // The learned part's members name the words that weighed most, as the paper has them.
    expect(textOf(main(page('topics/vision-ar/')))).toMatch(/borderline worded like this topic's labelled papers: [^;]*\((?:title|abstract)\)/);
    const inference = textOf(main(page('topics/llm-inference/')));
    expect(inference).toMatch(/matched: speculative \(title, abstract/);
  });

  it('marks the papers the rules put on a topic by a small margin or only the learned part put there, and says what the mark means', async () => {
    const topics = await contentTopics();
    const model = await trainCorpusModel(topics, new URL('../..', import.meta.url).pathname);
    const membership = deriveTopics(await contentPapers(), topics, model ? { model } : {});
    const borderline = (id: string): Set<string> => new Set(membership.byTopic.get(id as never)!.filter((member) => member.borderline).map((member) => member.paper));
    // Every page of a topic: a member list marks its items, a comparison table (lean rules) its rows.
    for (const topicPage of topicPages) {
      const id = topicPage.file.split('/')[1]!;
      const marked = [...elements(main(topicPage))]
        .filter((el) => (el.tagName === 'li' || el.tagName === 'tr') && [...elements(el)].some((inner) => hasClass(inner, 'borderline')))
        .map((item) => slugOf([...elements(item)].find((inner) => inner.tagName === 'a' && slugOf(inner))!));
      const expected = listed(topicPage).filter((slug) => borderline(id).has(slug));
      expect(marked, topicPage.file).toEqual(expected);
      if (marked.length) expect(textOf(main(topicPage)), topicPage.file).toMatch(/borderline marks a paper the rules put here by less than one point \(one phrase fewer and it would be out\), or that only the learned part put here/);
    }
    const lists = topics.filter((topic) => !topic.lean && borderline(topic.id).size > 0);
    expect(lists.length, 'a member list has a borderline member to mark').toBeGreaterThan(0);
    expect(borderline('diffusion-vs-ar').size, 'the comparison table has a borderline member to mark').toBeGreaterThan(0);
  });

  it('ships no script on topic pages beyond the search loader every page has', () => {
    const pages = [...topicPages, page('topics/')];
    const scripts = pages.flatMap((item) => all(item, 'script').filter((el) => attr(el, 'data-search-loader') === undefined).map(() => item.file));
    expect(scripts).toEqual([]);
    for (const item of pages) expect(all(item, 'script').length, item.file).toBeLessThanOrEqual(1);
  });

  it('shows the topics that share the most papers as a short list, the same size at any scale', () => {
    const index = page('topics/');
    const items = within([...elements(main(index))].find((el) => attr(el, 'class')?.includes('overlaps'))!, 'li');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(8);
    const counts = items.map((li) => {
      const [a, b] = within(li, 'a').map((link) => /\/topics\/([^/]+)\/$/.exec(attr(link, 'href') ?? '')![1]!);
      const shared = Number(/(\d+) papers?$/.exec(textOf(li).trim())![1]);
      // The count is what papers.json says: papers on both topics.
      expect(shared, `${a} and ${b}`).toBe(papers.filter((paper) => paper.topics.includes(a!) && paper.topics.includes(b!)).length);
      return shared;
    });
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(all(index, 'svg')).toEqual([]);
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

  it('leads diffusion-vs-ar with the comparison, grouped by field: a table per field, a lean and its sentence per paper', () => {
    const topic = page('topics/diffusion-vs-ar/');
    const order = [...elements(main(topic))].filter((el) => hasClass(el, 'comparison') || hasClass(el, 'topic-body') || hasClass(el, 'read-first'));
    expect(order.map((el) => attr(el, 'class')?.split(' ')[0])).toEqual(['comparison', 'read-first', 'topic-body']);
    const comparison = order[0]!;
    const fields = within(comparison, 'h3').map(textOf);
    expect(fields.length).toBeGreaterThan(1);
    for (const field of fields) expect(['Images and video', 'Text', 'Speech and audio', 'Motion', 'Graphs and molecules', 'Control and robotics', 'Other fields']).toContain(field);
    const tables = within(comparison, 'table');
    expect(tables).toHaveLength(fields.length);
    const members = papers.filter((paper) => paper.topics.includes('diffusion-vs-ar')).map((paper) => paper.slug);
    expect(listed(topic).sort()).toEqual(members.sort());
    for (const row of tables.flatMap((table) => within(within(table, 'tbody')[0]!, 'tr'))) {
      const [lean, sentence] = within(row, 'td').map(textOf);
      expect(LEANS).toContain(lean);
      if (lean !== 'unclear') expect(sentence!.length).toBeGreaterThan(20);
    }
    // The field counts at the top add up to every paper.
    const tally = within(within(comparison, 'ul')[0]!, 'li').map((li) => Number(/\((\d+) papers?\)/.exec(textOf(li))![1]));
    expect(tally.reduce((sum, n) => sum + n, 0)).toBe(members.length);
  });

  it('starts a topic with the papers to read first: its survey, then members, at most three', () => {
    const vision = page('topics/vision-ar/');
    const readFirst = [...elements(main(vision))].find((el) => hasClass(el, 'read-first'))!;
    const picks = within(readFirst, 'a').flatMap((a) => slugOf(a) ?? []);
    expect(picks.length).toBeGreaterThan(0);
    expect(picks.length).toBeLessThanOrEqual(3);
    expect(papers.find((paper) => paper.slug === picks[0])!.title).toMatch(/Survey/);
    for (const slug of picks) expect(papers.find((paper) => paper.slug === slug)!.topics).toContain('vision-ar');
    // It comes before the list of every paper.
    const sections = [...elements(main(vision))].filter((el) => hasClass(el, 'read-first') || hasClass(el, 'topic-papers'));
    expect(hasClass(sections[0]!, 'read-first')).toBe(true);
  });

  it('gives a long topic page a short contents list whose links all land on the page', () => {
    for (const id of ['vision-ar', 'diffusion-vs-ar']) {
      const topic = page(`topics/${id}/`);
      const nav = all(topic, 'nav').find((el) => attr(el, 'aria-label') === 'On this page');
      expect(nav, id).toBeDefined();
      const targets = within(nav!, 'a').map((a) => attr(a, 'href') ?? '');
      expect(targets.length, id).toBeLessThanOrEqual(12);
      const ids = new Set([...elements(topic.document)].flatMap((el) => attr(el, 'id') ?? []));
      for (const target of targets) expect(ids, `${id}: ${target}`).toContain(target.replace(/^#/, ''));
    }
    expect(all(page('topics/motion-generation/'), 'nav').filter((el) => attr(el, 'aria-label') === 'On this page')).toEqual([]);
  });

  it('links the cross-references in topic prose', () => {
    const body = [...elements(main(page('topics/vision-ar/')))].find((el) => hasClass(el, 'topic-body'))!;
    expect(within(body, 'a').map((a) => attr(a, 'href'))).toContain(`${base}topics/diffusion-vs-ar/`);
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

  it('leads the home page with the topics, then the latest papers, and no second copy of the site navigation', () => {
    const home = main(page(''));
    const firstLink = within(home, 'a')[0]!;
    expect(attr(firstLink, 'href')).toMatch(new RegExp(`^${base}topics/[a-z0-9-]+/$`));
    const headings = within(home, 'h2').map(textOf);
    expect(headings.slice(0, 2)).toEqual(['Topics', 'Latest papers']);
    // Newest first: the end of seed order, as in the feed.
    const latest = within([...elements(home)].find((el) => el.tagName === 'ol' && hasClass(el, 'latest'))!, 'a').flatMap((a) => slugOf(a) ?? []);
    expect(latest).toEqual(papers.slice(-6).reverse().map((paper) => paper.slug));
    expect(within(home, 'a').filter((a) => attr(a, 'href') === `${base}search/`)).toEqual([]);
    expect(within(home, 'a').filter((a) => attr(a, 'href') === `${base}topics/`)).toEqual([]);
  });
});
