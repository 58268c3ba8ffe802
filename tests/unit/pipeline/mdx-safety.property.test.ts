import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { evaluate } from '@mdx-js/mdx';
import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parsePaperFile } from '../../../src/format/paper-file.ts';
import { normalizeText, parseListing } from '../../../src/pipeline/parse-listing.ts';
import { abstractToMdx, renderPaperFile } from '../../../src/format/render-paper-file.ts';

/**
 * A seven-line JSX runtime that builds a plain tree instead of React
 * elements: enough to read back what a page would show.
 */
interface Element {
  type: string;
  props: Record<string, unknown> & { children?: unknown };
}
const Fragment = (props: { children?: unknown }): unknown => props.children;
const jsx = (type: unknown, props: Element['props']): unknown => (typeof type === 'function' ? type(props) : { type, props });
const runtime = { Fragment, jsx, jsxs: jsx };

function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return textOf((node as Element).props.children);
}

function elementsOf(node: unknown): Element[] {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (node === null || typeof node !== 'object') return [];
  const element = node as Element;
  return [element, ...elementsOf(element.props.children)];
}

/**
 * Compile and run MDX the way the site does: @mdx-js/mdx with remark-mdx and
 * no GFM (astro.config.mjs: unified processor, gfm and smartypants off).
 */
async function render(mdx: string): Promise<unknown> {
  const { default: Content } = await evaluate(mdx, runtime);
  return Content({});
}

/** Strings built from the pieces that would be syntax somewhere: JSX, ESM, Markdown, YAML, LaTeX, HTML. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '{', '}', '<', '>', '</p>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'import x from \'y\'',
        'export const a = 1', 'export default 1', '*', '**', '_', '#', '## ', '[a](b)', '![i](j)', '[x]: y', '---', '***',
        '$x$', '$$', '\\', '\\\\', '\\*', '&amp;', '&#x69;', '&nbsp;', '`', '```', '~~~', '> ', '- ', '+ ', '1. ', '1) ',
        '|', ':', '"', "'", '%', '@', '!', '?', '=', '==', '<!--', '-->', 'https://example.org/a_b*c', 'www.example.org',
        'javascript:alert(1)', '<https://example.org>', 'import', 'export', '\n', ' ', '\t', '  \n', 'a', 'word',
        'T\\"ulu', '\\ModelName', '256times256', 'null', 'yes', '~', '2024-01-01', '<<', '&', '\u00a0', '\u2028', '\u0085',
      ),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** Any text, full Unicode, or text built from syntax; the pipeline folds whitespace as the parser does. */
const text = fc.oneof(hostile, fc.string({ unit: 'binary' })).map(normalizeText).filter((value) => value !== '');

describe('the listing parser hands the serializer normalized text', () => {
  it('folds every run of ASCII whitespace (line breaks included) to one space, as the page will show it', () => {
    const raw = fc.oneof(hostile, fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(raw, (text) => {
        const tree = unified().use(parseListing).parse(new VFile({ path: 'seeds/x.txt', value: `x${text}` }));
        const paragraphs = tree.children.map((node) => toString(node));
        // Blank lines split paragraphs; within each, nothing but whitespace changes.
        for (const paragraph of paragraphs) expect(normalizeText(paragraph)).toBe(paragraph);
        expect(paragraphs.join(' ')).toBe(normalizeText(`x${text}`));
      }),
      { numRuns: 500 },
    );
  });
});

describe('an abstract survives serialize → MDX compile → render', () => {
  it('renders as exactly its characters, in one paragraph, with no other element', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (abstract) => {
        const mdx = abstractToMdx({ type: 'paragraph', children: [{ type: 'text', value: abstract }] });
        const tree = await render(mdx);
        const elements = elementsOf(tree);
        expect(elements.map((element) => element.type)).toEqual(['p']);
        expect(textOf(elements[0])).toBe(abstract);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('keeps text and links apart: link nodes render as <a href> with the URL as text', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (before, after) => {
        const url = 'https://example.org/x_(y)*z';
        const mdx = abstractToMdx({
          type: 'paragraph',
          children: [
            { type: 'text', value: `${before} ` },
            { type: 'link', url, children: [{ type: 'text', value: url }] },
            { type: 'text', value: ` ${after}` },
          ],
        });
        const elements = elementsOf(await render(mdx));
        expect(elements.map((element) => element.type)).toEqual(['p', 'a']);
        expect(elements[1]!.props.href).toBe(url);
        expect(textOf(elements[0])).toBe(`${before} ${url} ${after}`);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('a whole paper file survives', () => {
  it('title through YAML as Astro reads it (js-yaml), abstract through MDX, both through parsePaperFile', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (title, abstract) => {
        const mdx = abstractToMdx({ type: 'paragraph', children: [{ type: 'text', value: abstract }] });
        const file = renderPaperFile({ title, shortName: title, source: { file: 'seeds/x.txt', line: 1 }, links: [] }, mdx);
        const astro = parseFrontmatter(file);
        expect(astro.frontmatter.title).toBe(title);
        expect(astro.frontmatter.shortName).toBe(title);
        const paragraphs = elementsOf(await render(astro.content)).filter((element) => element.type === 'p');
        expect(paragraphs.map(textOf)).toEqual([abstract]);
        const read = parsePaperFile(file, 'content/papers/x.mdx');
        expect(read.frontmatter.title).toBe(title);
        expect(read.abstractText).toBe(abstract);
        expect(read.notes).toBe('');
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
