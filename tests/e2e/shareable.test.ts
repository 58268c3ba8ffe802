import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attr, builds, type BuiltPage, type BuiltSite, type Element, elements, fileFor, readSite, textOf } from './built-site.ts';
import { escapeXml } from '../../src/util/xml.ts';

/** Astro's `site` in the test builds: SITE_URL, else astro.config.mjs's default. */
const siteUrl = process.env.SITE_URL || 'http://localhost:4321';
/** Topic ids DESIGN.md requires. */
const requiredTopics = ['vision-ar', 'speech-tts', 'llm-inference', 'diffusion-vs-ar'];

interface PaperJson {
  slug: string;
  title: string;
  url: string;
  topics: string[];
}

const find = (page: BuiltPage, test: (el: Element) => boolean): Element[] => [...elements(page.document)].filter(test);
const meta = (page: BuiltPage, key: string): string[] =>
  find(page, (el) => el.tagName === 'meta' && (attr(el, 'property') === key || attr(el, 'name') === key)).map((el) => attr(el, 'content') ?? '');
const isRedirect = (page: BuiltPage): boolean => find(page, (el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'refresh').length > 0;
/** The `<loc>`, `<link>` or other element texts of an XML file (the feeds hold no nested markup). */
const xmlTexts = (xml: string, tag: string): string[] => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1]!);

describe.each(builds)('shareable and machine-readable $name', ({ key, base }) => {
  let site: BuiltSite;
  let papers: PaperJson[];
  let read: (file: string) => Promise<string>;
  const full = (path: string): string => new URL(base + path.replace(/^\//, ''), siteUrl).href;

  beforeAll(async () => {
    site = await readSite(inject('sites')[key], base);
    read = (file) => readFile(join(site.dir, file), 'utf8');
    papers = JSON.parse(await read('papers.json')) as PaperJson[];
  });

  it('gives every page its canonical address, Open Graph and Twitter card meta, the description from the abstract on paper pages', () => {
    const pages = site.pages.filter((page) => !isRedirect(page) && page.file !== '404.html');
    expect(pages.length).toBeGreaterThan(papers.length);
    for (const page of pages) {
      const canonical = find(page, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href'));
      const title = textOf(find(page, (el) => el.tagName === 'title')[0]!).replace(/ · AR Atlas$/, '');
      const [description] = meta(page, 'description');
      expect(canonical, page.file).toEqual([full(page.url.slice(base.length))]);
      expect(meta(page, 'og:url'), page.file).toEqual(canonical);
      expect(meta(page, 'og:title'), page.file).toEqual([title]);
      expect(meta(page, 'twitter:title'), page.file).toEqual([title]);
      expect(description, page.file).toMatch(/\w/);
      expect(meta(page, 'og:description'), page.file).toEqual([description]);
      expect(meta(page, 'twitter:description'), page.file).toEqual([description]);
      expect(meta(page, 'twitter:card'), page.file).toEqual(['summary']);
      expect(meta(page, 'og:site_name'), page.file).toEqual(['AR Atlas']);
    }
    for (const paper of papers) {
      const page = site.pages.find((p) => p.file === `papers/${paper.slug}/index.html`)!;
      const body = find(page, (el) => el.tagName === 'div' && attr(el, 'class') === 'paper-body')[0]!;
      const abstract = textOf(body).replace(/^Abstract/, '').trim();
      expect(abstract.startsWith(meta(page, 'og:description')[0]!.replace(/…$/, '')), page.file).toBe(true);
    }
  });

  it('has no canonical address on the 404 page, which answers for any address', () => {
    const page = site.pages.find((p) => p.file === '404.html')!;
    expect(find(page, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')).toEqual([]);
  });

  it('lists home, the indexes, every topic and every paper in sitemap.xml, and nothing that is not a page', async () => {
    const locs = xmlTexts(await read('sitemap.xml'), 'loc');
    const topicIds = [...site.files].flatMap((file) => /^topics\/([^/]+)\/index\.html$/.exec(file)?.[1] ?? []);
    expect(locs.slice(0, 3)).toEqual([full('/'), full('/papers/'), full('/topics/')]);
    expect(locs.length).toBe(new Set(locs).size);
    expect(new Set(locs)).toEqual(new Set([full('/'), full('/papers/'), full('/topics/'), ...topicIds.map((id) => full(`/topics/${id}/`)), ...papers.map((p) => p.url)]));
    for (const loc of locs) expect(site.files.has(fileFor(site, new URL(loc).pathname)!), loc).toBe(true);
  });

  it('points robots.txt at the sitemap', async () => {
    expect(await read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${full('/sitemap.xml')}\n`);
  });

  it('links an RSS feed of the newest papers from every page head', async () => {
    const feed = await read('rss.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n?<rss version="2.0"/);
    expect(feed).toContain(`<atom:link href="${full('/rss.xml')}" rel="self" type="application/rss+xml"/>`);
    const newest = papers.slice(-50).reverse();
    // The channel's own <link> comes first, then one per item.
    expect(xmlTexts(feed, 'link')).toEqual([full('/papers/'), ...newest.map((paper) => paper.url)]);
    expect([...feed.matchAll(/<guid isPermaLink="true">([^<]*)<\/guid>/g)].map((match) => match[1])).toEqual(newest.map((paper) => paper.url));
    expect(xmlTexts(feed, 'title').slice(1)).toEqual(newest.map((paper) => escapeXml(paper.title)));
    for (const page of site.pages.filter((p) => !isRedirect(p))) {
      const alternate = find(page, (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/rss+xml');
      expect(alternate.map((el) => attr(el, 'href')), page.file).toEqual([`${base}rss.xml`]);
    }
  });

  it('describes each topic as /topics/<id>.json: id, title, summary, url and its papers, as papers.json has them', async () => {
    const ids = [...site.files].flatMap((file) => /^topics\/([^/]+)\.json$/.exec(file)?.[1] ?? []);
    expect(ids).toEqual(expect.arrayContaining(requiredTopics));
    for (const id of ids) {
      const topic = JSON.parse(await read(`topics/${id}.json`)) as { id: string; title: string; summary: string; url: string; papers: Omit<PaperJson, 'topics'>[] };
      expect(Object.keys(topic)).toEqual(['id', 'title', 'summary', 'url', 'papers']);
      expect(topic.id).toBe(id);
      expect(topic.title).toMatch(/\w/);
      expect(topic.summary).toMatch(/\w/);
      expect(topic.url).toBe(full(`/topics/${id}/`));
      expect(site.files.has(`topics/${id}/index.html`)).toBe(true);
      const members = papers.filter((paper) => paper.topics.includes(id)).map(({ slug, title, url }) => ({ slug, title, url }));
      expect([...topic.papers].sort((a, b) => a.slug.localeCompare(b.slug)), id).toEqual(members.sort((a, b) => a.slug.localeCompare(b.slug)));
    }
  });
});
