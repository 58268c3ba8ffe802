import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attr, builds, type BuiltSite, type Element, elements, fileFor, readSite, textOf } from './built-site.ts';

/** Papers in seeds/daily-papers-autoregressive.txt. */
const SEED_PAPERS = 69;

/**
 * Scripts a page may carry: search's inline loader from
 * src/components/SearchForm.astro (it imports the search code on first focus
 * and registers the offline service worker), and on /offline/ only, the
 * loader of the "Keep the atlas offline" control (it imports the control when
 * the reader opens it), each recognized by its one attribute, its size and
 * the bundled module it names.
 */
const allowedScripts: ReadonlyArray<(script: Element, file: string) => boolean> = [
  (script) =>
    script.attrs.length === 1 &&
    attr(script, 'data-search-loader') === '' &&
    textOf(script).length <= 1024 &&
    /^\(function\(\)\{const code = "[^"]*\/_astro\/search-(?:box|page)-[\w-]+\.js";/.test(textOf(script)),
  (script, file) =>
    file === 'offline/index.html' &&
    script.attrs.length === 1 &&
    attr(script, 'data-offline-loader') === '' &&
    textOf(script).length <= 512 &&
    /^\(function\(\)\{const code = "[^"]*\/_astro\/offline-control-[\w-]+\.js";/.test(textOf(script)),
];

interface PaperJson {
  slug: string;
  title: string;
  url: string;
  topics: string[];
  links: { url: string; kind: string }[];
  abstract: string;
  related: string[];
  mentions: string[];
  keyNumbers: unknown[];
}

describe.each(builds)('the built site $name', ({ key, base }) => {
  let site: BuiltSite;
  let papers: PaperJson[];

  beforeAll(async () => {
    site = await readSite(inject('sites')[key], base);
    papers = JSON.parse(await readFile(join(site.dir, 'papers.json'), 'utf8')) as PaperJson[];
  });

  it(`has one page per paper: ${SEED_PAPERS}`, () => {
    // Page numbers of the index (/papers/2/), its view by title and redirect pages of renamed papers are not paper pages.
    const paperPages = site.pages.filter(
      (page) =>
        /^papers\/[^/]+\/index\.html$/.test(page.file) &&
        !/^papers\/(?:\d+|by-title)\//.test(page.file) &&
        ![...elements(page.document)].some((el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'refresh'),
    );
    expect(paperPages).toHaveLength(SEED_PAPERS);
  });

  it('lists every paper in /papers.json with a page at its url', () => {
    expect(papers).toHaveLength(SEED_PAPERS);
    expect(new Set(papers.map((paper) => paper.slug)).size).toBe(SEED_PAPERS);
    const origin = new URL(papers[0]!.url).origin;
    for (const paper of papers) {
      expect(paper).toEqual({
        slug: expect.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        title: expect.any(String),
        url: `${origin}${base}papers/${paper.slug}/`,
        topics: expect.any(Array),
        links: expect.any(Array),
        abstract: expect.stringMatching(/\S/),
        related: expect.any(Array),
        mentions: expect.any(Array),
        keyNumbers: expect.any(Array),
      });
      for (const link of paper.links) expect(link.url).toMatch(/^https?:\/\//);
      expect(site.files.has(fileFor(site, new URL(paper.url).pathname)!), paper.url).toBe(true);
    }
  });

  it("gives each paper page exactly one h1, the paper's title", () => {
    for (const paper of papers) {
      const page = site.pages.find((p) => p.file === `papers/${paper.slug}/index.html`)!;
      const headings = [...elements(page.document)].filter((el) => el.tagName === 'h1').map(textOf);
      expect(headings, page.file).toEqual([paper.title]);
    }
  });

  it('reaches every paper from /papers/, following the index pages', () => {
    const linked = new Set<string>();
    let url: string | undefined = `${base}papers/`;
    const seen = new Set<string>();
    while (url && !seen.has(url)) {
      seen.add(url);
      const page = site.pages.find((p) => p.url === url);
      expect(page, url).toBeDefined();
      const links = [...elements(page!.document)].filter((el) => el.tagName === 'a');
      for (const a of links) linked.add(attr(a, 'href') ?? '');
      const next = links.find((a) => attr(a, 'rel') === 'next');
      url = next && attr(next, 'href');
    }
    expect(papers.filter((paper) => !linked.has(`${base}papers/${paper.slug}/`))).toEqual([]);
  });

  it('ships no JavaScript on any page', () => {
    const scripts = site.pages.flatMap((page) =>
      [...elements(page.document)]
        .filter((el) => el.tagName === 'script' && !allowedScripts.some((allowed) => allowed(el, page.file)))
        .map((el) => `${page.file}: <script${el.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`),
    );
    expect(scripts).toEqual([]);
  });

  it('fits a first visit to any page in 14 KiB compressed, styles inlined', () => {
    const over = site.pages
      .map((page) => ({ file: page.file, bytes: gzipSync(page.html).length }))
      .filter((page) => page.bytes > 14 * 1024);
    expect(over).toEqual([]);
    const stylesheets = site.pages.filter((page) =>
      [...elements(page.document)].some((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet'),
    );
    expect(stylesheets.map((page) => page.file)).toEqual([]);
  });
});
