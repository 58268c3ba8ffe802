import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planIngest } from '../../src/pipeline/plan-ingest.ts';
import { repairText } from '../../src/pipeline/repair-latex.ts';
import { writePlan } from '../../src/pipeline/write-plan.ts';
import { attr, elements as elementsOf, readSite, type Element } from './built-site.ts';
import { buildProject, scratchProject } from '../../src/cli/scratch-project.ts';

type Node = DefaultTreeAdapterTypes.Node;

const seed = new URL('../fixtures/hostile/seeds/hostile.txt', import.meta.url).pathname;

/** Text content exactly as the DOM holds it: no whitespace folded, entities decoded. */
function textContent(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

const hasClass = (element: Element, name: string): boolean => (attr(element, 'class') ?? '').split(/\s+/).includes(name);

/**
 * The titles and abstracts as a reader should see them: the seed's
 * paragraphs with runs of ASCII whitespace folded to one space (as HTML
 * shows them, and as ingest writes them) and the display repairs of the one
 * repair table; nothing else changed.
 */
async function expectedPapers(): Promise<Array<{ title: string; abstract: string }>> {
  const paragraphs = (await readFile(seed, 'utf8'))
    .split(/\n\n/)
    .map((block) => block.replace(/[\t\n\f\r ]+/g, ' ').trim())
    .filter(Boolean)
    .slice(1); // "Hostile listing", the page chrome
  return Array.from({ length: paragraphs.length / 2 }, (_, index) => ({
    title: repairText(paragraphs[2 * index]!),
    abstract: repairText(paragraphs[2 * index + 1]!),
  }));
}

let project: string;
let pages: Array<{ title: string; abstract: string; document: DefaultTreeAdapterTypes.Document; html: string }>;

/**
 * Build the hostile seed into real pages: a scratch copy of the project
 * (see scratch-project.ts) with the hostile seed in place of the real one,
 * ingested into its content/papers, then `npm run build` as a host runs it.
 */
beforeAll(async () => {
  project = await scratchProject('hostile');
  await rm(join(project, 'content/papers'), { recursive: true });
  await rm(join(project, 'seeds'), { recursive: true });
  await cp(seed, join(project, 'seeds/hostile.txt'));
  const plan = await planIngest({ seeds: 'seeds', out: 'content/papers', cwd: project });
  expect(plan.messages.filter((message) => message.severity !== 'info')).toEqual([]);
  await writePlan(plan);
  await buildProject(project, { BASE_PATH: '' });

  const expected = await expectedPapers();
  expect(plan.papers.map((paper) => paper.title)).toEqual(expected.map((paper) => paper.title));
  pages = await Promise.all(
    plan.papers.map(async (paper, index) => {
      const html = await readFile(join(project, 'dist/papers', paper.slug, 'index.html'), 'utf8');
      return { ...expected[index]!, document: parse(html), html };
    }),
  );
}, 300_000);

afterAll(() => rm(project, { recursive: true, force: true }));

describe('hostile titles and abstracts built into pages', () => {
  it('builds one page per paper', () => {
    expect(pages).toHaveLength(10);
  });

  it('shows each title literally, as the only h1', () => {
    for (const page of pages) {
      const headings = [...elementsOf(page.document)].filter((element) => element.tagName === 'h1');
      expect(headings.map(textContent)).toEqual([page.title]);
    }
  });

  it('shows each abstract literally: the text of the abstract paragraphs is the abstract, character for character', () => {
    for (const page of pages) {
      const body = [...elementsOf(page.document)].find((element) => hasClass(element, 'paper-body'))!;
      const paragraphs = body.childNodes.filter((node): node is Element => 'tagName' in node && node.tagName === 'p');
      expect(paragraphs.map(textContent)).toEqual([page.abstract]);
      // Inside the abstract: text, and links only where an http(s) address was.
      const inside = paragraphs.flatMap((paragraph) => [...elementsOf(paragraph)].slice(1));
      for (const element of inside) {
        expect(element.tagName).toBe('a');
        expect(attr(element, 'href')).toMatch(/^https?:\/\//);
        expect(textContent(element)).toBe(attr(element, 'href'));
      }
    }
  });

  it('runs nothing: no script but the site’s own, no on* attribute, no javascript: address', () => {
    const plain = pages[0]!; // "A Plain Paper About Autoregressive Decoding"
    const scriptsOf = (document: DefaultTreeAdapterTypes.Document) =>
      [...elementsOf(document)].filter((element) => element.tagName === 'script').map((element) => `${JSON.stringify(element.attrs)}${textContent(element)}`);
    for (const page of pages) {
      const all = [...elementsOf(page.document)];
      expect(scriptsOf(page.document)).toEqual(scriptsOf(plain.document));
      const article = all.find((element) => element.tagName === 'article')!;
      expect([...elementsOf(article)].filter((element) => ['script', 'iframe', 'img', 'svg', 'object', 'embed'].includes(element.tagName))).toEqual([]);
      for (const element of all) {
        expect(element.attrs.filter((a) => /^on/i.test(a.name))).toEqual([]);
        for (const name of ['href', 'src', 'action', 'formaction']) expect(attr(element, name) ?? '').not.toMatch(/^\s*javascript:/i);
      }
    }
  });

  it('isolates a title that opens with a right-to-left override on every page that shows it', async () => {
    const site = await readSite(join(project, 'dist'), '/');
    const evil = '\u202eGPT-Evil';
    const shownOn: string[] = [];
    for (const page of site.pages) {
      const texts = [...elementsOf(page.document)].flatMap((element) =>
        element.childNodes.filter((node) => node.nodeName === '#text' && 'value' in node && node.value.includes(evil)).map(() => element),
      );
      if (texts.length) shownOn.push(page.url);
      for (const element of texts) {
        if (element.tagName === 'title') expect(textContent(element)).toBe(`\u2068${evil}: a title that opens with a right-to-left override\u2069 · AR Atlas`);
        // The element holding the text isolates it: <bdi>, dir="auto" (which the UA style sheet isolates), or,
        // where markup cannot (SVG text), the isolate characters U+2068 … U+2069 around it.
        else expect(element.tagName === 'bdi' || attr(element, 'dir') === 'auto' || /^\u2068[^]*\u2069$/.test(textContent(element)), `${page.url}: <${element.tagName}>`).toBe(true);
      }
    }
    // Its own page (title, heading, short name), the paper index, and the page before it (its "Next →" link).
    expect(shownOn).toEqual(expect.arrayContaining(['/papers/', '/papers/gpt-evil-a-title-that-opens-with-a-right-to-left-override/', '/papers/latex-x-2-and-modelname-with-and-a/']));
  });
});
