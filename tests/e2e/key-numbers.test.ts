import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attr, builds, type BuiltPage, type BuiltSite, type Element, elements, readSite, textOf } from './built-site.ts';

interface KeyNumberJson {
  kind: string;
  value: number;
  unit: string;
  sentence: string;
  upper?: number;
  bound?: string;
  compared?: string;
}

interface PaperJson {
  slug: string;
  title: string;
  topics: string[];
  keyNumbers: KeyNumberJson[];
}

const LANTERN = 'lantern-accelerating-visual-autoregressive-models-with';
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const byClass = (root: Element | BuiltPage['document'], tag: string, className: string): Element[] =>
  [...elements(root)].filter((el) => el.tagName === tag && (attr(el, 'class') ?? '').split(' ').includes(className));
const within = (root: Element, tag: string): Element[] => [...elements(root)].filter((el) => el.tagName === tag);

describe.each(builds)('key numbers in the built site $name', ({ key, base }) => {
  let site: BuiltSite;
  let papers: PaperJson[];

  beforeAll(async () => {
    site = await readSite(inject('sites')[key], base);
    papers = JSON.parse(await readFile(join(site.dir, 'papers.json'), 'utf8')) as PaperJson[];
  });

  const page = (path: string): BuiltPage => {
    const found = site.pages.find((item) => item.url === `${base}${path}`);
    expect(found, `${base}${path}`).toBeDefined();
    return found!;
  };

  it('gives every paper in /papers.json its keyNumbers, each { kind, value, unit, sentence }', () => {
    for (const paper of papers) {
      for (const number of paper.keyNumbers) {
        expect(number, paper.slug).toEqual({
          kind: expect.stringMatching(/^(?:speedup|metric|improvement|scale)$/),
          value: expect.any(Number),
          unit: expect.any(String),
          sentence: expect.any(String),
          ...(number.upper === undefined ? {} : { upper: expect.any(Number) }),
          ...(number.bound === undefined ? {} : { bound: expect.any(String) }),
          ...(number.compared === undefined ? {} : { compared: expect.any(String) }),
        });
      }
    }
    expect(papers.find((paper) => paper.slug === LANTERN)!.keyNumbers).toEqual([
      expect.objectContaining({ kind: 'speedup', value: 1.75, unit: '×', sentence: expect.stringContaining('LANTERN increases speed-ups by 1.75×') }),
      expect.objectContaining({ kind: 'speedup', value: 1.76, unit: '×' }),
    ]);
    expect(papers.filter((paper) => paper.keyNumbers.length > 0).length).toBeGreaterThan(30);
  });

  it('lists each paper\'s key numbers on its page, each linking to its sentence, marked in the abstract', () => {
    for (const paper of papers) {
      const paperPage = page(`papers/${paper.slug}/`);
      const [section] = byClass(paperPage.document, 'section', 'key-numbers');
      const marks = [...elements(paperPage.document)].filter((el) => el.tagName === 'mark');
      if (paper.keyNumbers.length === 0) {
        expect(section, paper.slug).toBeUndefined();
        expect(marks, paper.slug).toEqual([]);
        continue;
      }
      const links = within(section!, 'a');
      expect(links, paper.slug).toHaveLength(paper.keyNumbers.length);
      const [body] = byClass(paperPage.document, 'div', 'paper-body');
      for (const [index, link] of links.entries()) {
        const id = /^#(claim-\d+)$/.exec(attr(link, 'href') ?? '')?.[1];
        expect(id, `${paper.slug}: ${attr(link, 'href')}`).toBeDefined();
        const target = marks.find((mark) => attr(mark, 'id') === id);
        expect(target, `${paper.slug}: #${id}`).toBeDefined();
        expect(within(body!, 'mark'), paper.slug).toContain(target);
        expect(flat(textOf(target!)), paper.slug).toBe(flat(paper.keyNumbers[index]!.sentence));
      }
      // One mark per sentence, and no mark without a link to it.
      expect(new Set(links.map((link) => attr(link, 'href'))).size, paper.slug).toBe(marks.length);
    }
  });

  it('shows the numbers as a reader reads them, with what they are compared with', () => {
    const lantern = byClass(page(`papers/${LANTERN}/`).document, 'section', 'key-numbers')[0]!;
    expect(within(lantern, 'li').map((li) => flat(textOf(li)))).toEqual([
      '1.75× speed-up compared with a naïve application of the state-of-the-art speculative decoding',
      '1.76× speed-up compared with a naïve application of the state-of-the-art speculative decoding',
    ]);
    const owsm = byClass(page('papers/owsm-ctc-an-open-encoder-only-speech-foundation-model-for/').document, 'section', 'key-numbers')[0]!;
    expect(within(owsm, 'a').map(textOf)).toEqual(['180k hours', 'up to +25% improvement', '3–4× speed-up', '20× speed-up']);
  });

  it('keeps spaces around marked sentences, so words do not run together in the page or the search index', () => {
    for (const builtPage of site.pages.filter((item) => /^papers\/[^/]+\/index\.html$/.test(item.file))) {
      for (const [glued] of builtPage.html.matchAll(/\S<mark\b|<\/mark>[^\s<]/g)) {
        expect.fail(`${builtPage.file}: "${glued}" joins a marked sentence to the text next to it`);
      }
    }
  });

  it('shows the headline key number in the rows of /papers/', () => {
    const rows = within(byClass(page('papers/').document, 'ol', 'paper-list')[0]!, 'li');
    const row = (slug: string): Element => rows.find((li) => within(li, 'a').some((a) => attr(a, 'href') === `${base}papers/${slug}/`))!;
    expect(flat(textOf(byClass(row(LANTERN), 'span', 'headline-number')[0]!))).toBe('1.75× speed-up');
    expect(flat(textOf(byClass(row('mega-tts-zero-shot-text-to-speech-at-scale-with-intrinsic'), 'span', 'headline-number')[0]!))).toBe('20k hours');
    expect(byClass(row('can-ai-be-as-creative-as-humans'), 'span', 'headline-number')).toEqual([]);
  });

  it.each([
    { topic: 'llm-inference', kind: 'speedup', unit: '×', title: 'Claimed speed-ups' },
    { topic: 'vision-ar', kind: 'metric', unit: 'FID', title: 'Reported FIDs' },
  ])('charts the $title of /topics/$topic/ with a link per bar and a table', ({ topic, kind, unit, title }) => {
    const topicPage = page(`topics/${topic}/`);
    const [chart] = byClass(topicPage.document, 'section', 'claim-chart');
    expect(chart).toBeDefined();
    expect(flat(textOf(within(chart!, 'h2')[0]!))).toBe(title);
    expect(flat(textOf(within(chart!, 'figcaption')[0]!))).toMatch(/the authors' claims side by side, not a (?:benchmark|leaderboard)/);
    const expected = papers
      .filter((paper) => paper.topics.includes(topic))
      .flatMap((paper) => paper.keyNumbers.filter((number) => number.kind === kind && number.unit === unit).map((number) => ({ paper, number })));
    expect(expected.length).toBeGreaterThan(5);

    const svg = within(chart!, 'svg')[0]!;
    expect(attr(svg, 'aria-labelledby')).toBe('claims-title claims-desc');
    const bars = within(svg, 'a');
    expect(bars).toHaveLength(Math.min(expected.length, 15));
    const rows = within(within(chart!, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(bars.length);
    for (const [index, bar] of bars.entries()) {
      const url = new URL(attr(bar, 'href')!, 'https://site.test');
      const slug = new RegExp(`^${base}papers/([^/]+)/$`).exec(url.pathname)?.[1];
      const paper = papers.find((item) => item.slug === slug);
      expect(paper?.topics, attr(bar, 'href')).toContain(topic);
      // The bar lands on the sentence that states the number, on the paper's page.
      const mark = [...elements(page(`papers/${slug}/`).document)].find((el) => el.tagName === 'mark' && `#${attr(el, 'id')}` === url.hash);
      expect(mark, attr(bar, 'href')).toBeDefined();
      expect(attr(within(rows[index]!, 'a')[0]!, 'href')).toBe(attr(bar, 'href'));
      expect(flat(textOf(within(rows[index]!, 'q')[0]!))).toBe(flat(textOf(mark!)));
    }
  });
});
