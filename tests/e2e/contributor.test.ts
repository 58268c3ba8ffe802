import { execFile } from 'node:child_process';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTES_MARKER } from '../../src/format/paper-file.ts';
import { launchChromium } from '../../src/cli/launch-chromium.ts';
import { serveSite, type ServedSite } from '../../src/cli/serve-site.ts';
import { axeViolations } from './browser/axe-violations.ts';
import { browserTestsRun } from './browser/browser-tests-run.ts';
import { searchOutcome } from './browser/open-page.ts';
import { attr, elements, textOf, type Element } from './built-site.ts';
import { buildProject, scratchProject } from './scratch-project.ts';

const run = promisify(execFile);

/** The paper a contributor renames, and its new slug. */
const OLD = 'autoregressive-models-in-vision-a-survey';
const NEW = 'visual-autoregressive-models-survey';
const TITLE = 'Autoregressive Models in Vision: A Survey';
/** A note with a word found nowhere else, and a link written as a site path. */
const NOTE = 'Zephyrine reading tip: start with the taxonomy figure, then see [ControlAR](/papers/controlar-controllable-image-generation-with-autoregressive/).';
const REPO_URL = 'https://github.com/example/ar-atlas';
/** In the second copy: a note with a wide Markdown table and a link out of the site, on the paper with a date-like alias. */
const TABLE_NOTE = `| Model | Steps | FID |\n| --- | --- | --- |\n| LANTERN | 256 | ${'2.1/'.repeat(40)} |\n\nCode: [github.com/x/y](https://github.com/x/y).\n`;
/**
 * A paper in the feed (the 50 added last) to which the contributor adds what
 * no listing says. The test checks how the fields are shown, not the facts.
 */
const AUTOTIMES = 'autotimes-autoregressive-time-series-forecasters-via-large';
const BIBLIOGRAPHY = 'arxiv: "2402.02370"\nauthors: [Yong Liu, Guo Qin, Xiangdong Huang, Jianmin Wang, Mingsheng Long]\npublished: 2024-02-04\nvenue: NeurIPS 2024\n';
const SITE_URL = 'https://atlas.example.org';

/** A scratch project's file, changed by `edit`. */
async function edit(project: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(project, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

const tree = (html: string) => parse(html);
const all = (html: string, test: (el: Element) => boolean): Element[] => [...elements(tree(html))].filter(test);

/**
 * What a contributor does in a pull request, in scratch copies of the
 * project: rename a paper (keeping its old slug as an alias), write a note
 * below the marker, re-ingest, and build with REPO_URL set, under a sub-path;
 * and a copy built with no repository configured at all.
 */
describe('a contributor renames a paper and adds a note', () => {
  let project: string;
  let bare: string;
  let before: string;
  let bibliographyBefore: string;
  let ingest: { stdout: string; stderr: string };
  let site: ServedSite;
  const page = (path: string): Promise<string> => readFile(join(project, 'dist', path), 'utf8');

  beforeAll(async () => {
    [project, bare] = await Promise.all([scratchProject('contributor'), scratchProject('no-repo')]);
    await rename(join(project, `content/papers/${OLD}.mdx`), join(project, `content/papers/${NEW}.mdx`));
    await edit(project, `content/papers/${NEW}.mdx`, (text) => `${text.replace(/^aliases: \[\]$/m, `aliases: ["${OLD}"]`)}\n${NOTE}\n`);
    await edit(project, `content/papers/${AUTOTIMES}.mdx`, (text) => text.replace(/^topics: \[\]$/m, `${BIBLIOGRAPHY}topics: []`));
    before = await readFile(join(project, `content/papers/${NEW}.mdx`), 'utf8');
    bibliographyBefore = await readFile(join(project, `content/papers/${AUTOTIMES}.mdx`), 'utf8');
    ingest = await run(process.execPath, ['scripts/ingest.ts'], { cwd: project });
    // Unquoted: YAML 1.1 readers (Astro's own js-yaml) would make it a date; the site reads it as check does.
    await edit(bare, `content/papers/${OLD}.mdx`, (text) => `${text.replace(/^aliases: \[\]$/m, 'aliases: [2024-01-01]')}\n${TABLE_NOTE}`);
    await edit(bare, 'package.json', (text) => {
      const { repository: _, ...rest } = JSON.parse(text) as Record<string, unknown>;
      return `${JSON.stringify(rest, null, 2)}\n`;
    });
    await Promise.all([
      buildProject(project, { BASE_PATH: '/atlas/', SITE_URL, REPO_URL }),
      buildProject(bare, { BASE_PATH: '', SITE_URL, REPO_URL: '' }),
    ]);
    site = await serveSite(join(project, 'dist'), '/atlas/');
  }, 240_000);

  afterAll(async () => {
    await site?.close();
    await Promise.all([project, bare].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('keeps the renamed file, its alias and its note byte for byte on re-ingest', async () => {
    expect(before).toContain(`aliases: ["${OLD}"]`);
    expect(before).toContain(`${NOTES_MARKER}\n\n${NOTE}\n`);
    expect(await readFile(join(project, `content/papers/${NEW}.mdx`), 'utf8')).toBe(before);
    expect(await readdir(join(project, 'content/papers'))).not.toContain(`${OLD}.mdx`);
    expect(ingest.stdout).toMatch(/ 0 created, 0 updated, .* 0 removed/);
  });

  it('keeps the identifiers and authors a contributor added byte for byte on re-ingest', async () => {
    expect(bibliographyBefore).toContain(`    kind: "code"\n${BIBLIOGRAPHY}topics: []\n`);
    expect(await readFile(join(project, `content/papers/${AUTOTIMES}.mdx`), 'utf8')).toBe(bibliographyBefore);
  });

  it('shows them on the paper page: authors, venue and date, then arXiv and PDF links', async () => {
    const html = await page(`papers/${AUTOTIMES}/index.html`);
    const [facts] = all(html, (el) => attr(el, 'class') === 'paper-facts');
    expect(textOf(facts!)).toBe('Yong Liu, Guo Qin, Xiangdong Huang, Jianmin Wang, Mingsheng Long · NeurIPS 2024 · 4 February 2024');
    expect(all(html, (el) => el.tagName === 'time').map((el) => attr(el, 'datetime'))).toEqual(['2024-02-04']);
    const [find] = all(html, (el) => (attr(el, 'class') ?? '').includes('find-paper'));
    expect(textOf(find!)).toBe('Read the paper: arXiv · PDF');
    expect([...elements(find!)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toEqual(['https://arxiv.org/abs/2402.02370', 'https://arxiv.org/pdf/2402.02370']);
  });

  it('puts them into papers.json and the feed item, with the date as pubDate', async () => {
    const papers = JSON.parse(await page('papers.json')) as Array<Record<string, unknown>>;
    expect(papers.find((paper) => paper.slug === AUTOTIMES)).toMatchObject({
      arxiv: '2402.02370',
      authors: ['Yong Liu', 'Guo Qin', 'Xiangdong Huang', 'Jianmin Wang', 'Mingsheng Long'],
      published: '2024-02-04',
      venue: 'NeurIPS 2024',
    });
    expect(papers.find((paper) => paper.slug === NEW)).not.toHaveProperty('arxiv');
    const feed = await page('rss.xml');
    const item = feed.split('<item>').find((entry) => entry.includes(`/papers/${AUTOTIMES}/</link>`))!;
    expect(item).toContain('<pubDate>Sun, 04 Feb 2024 00:00:00 GMT</pubDate>');
    expect(item).toContain('<dc:creator>Yong Liu</dc:creator>');
    expect(feed.match(/<pubDate>/g)).toHaveLength(1);
  });

  it('follows the old address to the renamed page, on a plain static host', async () => {
    const old = await fetch(site.url(`/papers/${OLD}/`));
    expect(old.status).toBe(200);
    const html = await old.text();
    const refresh = all(html, (el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'refresh').map((el) => attr(el, 'content'));
    expect(refresh).toEqual([`0; url=/atlas/papers/${NEW}/`]);
    expect(all(html, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href'))).toEqual([`${SITE_URL}/atlas/papers/${NEW}/`]);
    expect(all(html, (el) => el.tagName === 'meta' && attr(el, 'name') === 'robots').map((el) => attr(el, 'content'))).toEqual(['noindex']);
    const visible = all(html, (el) => el.tagName === 'a');
    expect(visible.map((a) => [attr(a, 'href'), textOf(a)])).toEqual([[`/atlas/papers/${NEW}/`, TITLE]]);

    const target = await fetch(new URL(refresh[0]!.replace(/^0; url=/, ''), old.url));
    expect(target.status).toBe(200);
    expect(all(await target.text(), (el) => el.tagName === 'h1').map(textOf)).toEqual([TITLE]);
  });

  it.runIf(browserTestsRun())('takes a browser from the old address to the renamed page', async () => {
    const chromium = await launchChromium();
    try {
      const tab = await chromium.browser.newPage();
      await tab.goto(site.url(`/papers/${OLD}/`));
      await tab.waitForURL(site.url(`/papers/${NEW}/`));
      expect(await tab.locator('h1').textContent()).toBe(TITLE);
    } finally {
      await chromium.close();
    }
  });

  it('lists the paper once, at its new address, in papers.json and the sitemap', async () => {
    const papers = JSON.parse(await page('papers.json')) as { slug: string }[];
    expect(papers.map((paper) => paper.slug)).toContain(NEW);
    expect(papers.map((paper) => paper.slug)).not.toContain(OLD);
    const sitemap = await page('sitemap.xml');
    expect(sitemap).toContain(`<loc>${SITE_URL}/atlas/papers/${NEW}/</loc>`);
    expect(sitemap).not.toContain(`/papers/${OLD}/`);
  });

  it('shows the note in its own section after the abstract, inside the indexed body, its link under the base', async () => {
    const html = await page(`papers/${NEW}/index.html`);
    const [body] = all(html, (el) => el.tagName === 'article' && attr(el, 'data-pagefind-body') !== undefined);
    const inBody = [...elements(body!)];
    const notes = inBody.find((el) => el.tagName === 'section' && attr(el, 'class') === 'notes')!;
    const inNotes = (tag: string) => [...elements(notes)].filter((el) => el.tagName === tag).map(textOf);
    expect(inNotes('h2')).toEqual(['Contributor notes']);
    expect(inNotes('p')).toEqual(['Zephyrine reading tip: start with the taxonomy figure, then see ControlAR.']);
    expect([...elements(notes)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'))).toEqual([
      '/atlas/papers/controlar-controllable-image-generation-with-autoregressive/',
    ]);
    expect(inBody.some((el) => attr(el, 'data-pagefind-ignore') !== undefined && [...elements(el)].includes(notes))).toBe(false);
    const abstract = inBody.find((el) => el.tagName === 'p' && textOf(el).startsWith('Autoregressive modeling has been a huge success'))!;
    expect([...elements(notes)]).not.toContain(abstract);
    expect(inBody.indexOf(abstract)).toBeLessThan(inBody.indexOf(notes));
  });

  it('puts the note into the search index, its words apart', async () => {
    const fragments = await readdir(join(project, 'dist/pagefind/fragment'));
    const indexed = await Promise.all(
      fragments.map(async (name) => {
        // A Pagefind 1.6 fragment: gzip of "pagefind_dcd" and the page's JSON record.
        const bytes = gunzipSync(await readFile(join(project, 'dist/pagefind/fragment', name)));
        return JSON.parse(bytes.toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string };
      }),
    );
    // Fragment URLs are relative to the site's base; Pagefind adds /atlas/ when it answers a search.
    const record = indexed.find((fragment) => fragment.url === `/papers/${NEW}/`)!;
    expect(record.content).toMatch(/(^|\s)Zephyrine reading tip: start with the taxonomy figure, then see ControlAR\./);
  });

  it.runIf(browserTestsRun())('finds the paper by a word of its note with the site search', async () => {
    const chromium = await launchChromium();
    try {
      // The search page a reader would use, as a shared link.
      const tab = await chromium.browser.newPage();
      await tab.goto(site.url('/search/?q=Zephyrine'));
      const { results } = await searchOutcome(tab, 'Zephyrine');
      expect(results.map((result) => result.href)).toEqual([`/atlas/papers/${NEW}/`]);
    } finally {
      await chromium.close();
    }
  });

  it(`links paper and topic pages to their file in REPO_URL's editor`, async () => {
    const edits = (html: string) => all(html, (el) => el.tagName === 'a' && textOf(el) === 'Edit this page').map((a) => attr(a, 'href'));
    expect(edits(await page(`papers/${NEW}/index.html`))).toEqual([`${REPO_URL}/edit/main/content/papers/${NEW}.mdx`]);
    expect(edits(await page('topics/vision-ar/index.html'))).toEqual([`${REPO_URL}/edit/main/content/topics/vision-ar.md`]);
  });

  it('shows no edit link when neither REPO_URL nor package.json names a repository', async () => {
    const pages = [`papers/${OLD}/index.html`, 'topics/vision-ar/index.html'];
    for (const path of pages) {
      const html = await readFile(join(bare, 'dist', path), 'utf8');
      expect(html, path).toContain('<h1');
      expect(html, path).not.toContain('Edit this page');
    }
  });

  it('reads an unquoted date-like alias as text, as `npm run check` does, and redirects its address', async () => {
    const html = await readFile(join(bare, 'dist/papers/2024-01-01/index.html'), 'utf8');
    expect(all(html, (el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'refresh').map((el) => attr(el, 'content'))).toEqual([`0; url=/papers/${OLD}/`]);
  });

  it('wraps a note\'s Markdown table in a focusable, labelled scroll region, and marks its link out of the site noopener', async () => {
    const html = await readFile(join(bare, `dist/papers/${OLD}/index.html`), 'utf8');
    const notes = all(html, (el) => el.tagName === 'section' && attr(el, 'class') === 'notes')[0]!;
    const regions = [...elements(notes)].filter((el) => attr(el, 'class') === 'table-scroll');
    expect(regions.map((el) => [attr(el, 'role'), attr(el, 'tabindex'), attr(el, 'aria-label')])).toEqual([['region', '0', 'Table: Model, Steps, FID']]);
    expect([...elements(regions[0]!)].filter((el) => el.tagName === 'td').map(textOf)).toEqual(['LANTERN', '256', '2.1/'.repeat(40)]);
    expect([...elements(notes)].filter((el) => el.tagName === 'a').map((a) => [attr(a, 'href'), attr(a, 'rel')])).toEqual([['https://github.com/x/y', 'noopener']]);
  });

  it.runIf(browserTestsRun())('has no axe violations on a phone with the table in its notes', async () => {
    const served = await serveSite(join(bare, 'dist'), '/');
    const chromium = await launchChromium();
    try {
      const tab = await chromium.browser.newPage({ viewport: { width: 360, height: 740 } });
      await tab.goto(served.url(`/papers/${OLD}/`));
      expect(await axeViolations(tab)).toEqual([]);
      // The wide table scrolls inside its region; the page itself does not scroll sideways.
      const region = tab.locator('.table-scroll');
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    } finally {
      await chromium.close();
      await served.close();
    }
  });
});
