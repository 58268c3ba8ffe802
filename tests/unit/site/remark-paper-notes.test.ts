import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { NOTES_MARKER } from '../../../src/format/paper-file.ts';
import { NOTES_ELEMENT, remarkPaperNotes } from '../../../src/render/remark-paper-notes.ts';

/** The top-level blocks after the plugin ran: a paragraph's text, or the wrapper with its blocks. */
function blocks(mdx: string): unknown[] {
  const tree: Root = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  remarkPaperNotes()(tree);
  const describe = (node: Root['children'][number]): unknown =>
    node.type === 'mdxJsxFlowElement'
      ? { [node.name ?? '']: node.children.map(describe) }
      : node.type === 'paragraph'
        ? 'p'
        : node.type === 'heading'
          ? `h${node.depth}`
          : node.type;
  return tree.children.map(describe);
}

describe('remarkPaperNotes', () => {
  it('wraps what is below the marker in the notes element, headings one level down', () => {
    expect(blocks(`Abstract.\n\n${NOTES_MARKER}\n\nA note.\n\n## More\n\n###### Deepest\n`)).toEqual([
      'p',
      { [NOTES_ELEMENT]: ['p', 'h3', 'h6'] },
    ]);
  });

  it('drops the marker when nothing is below it: no empty notes section', () => {
    expect(blocks(`Abstract.\n\nSecond paragraph.\n\n${NOTES_MARKER}\n`)).toEqual(['p', 'p']);
  });

  it('leaves a file without the marker alone', () => {
    expect(blocks('Abstract.\n\n{/* another comment */}\n\nMore.\n')).toEqual(['p', 'mdxFlowExpression', 'p']);
  });

  it('does not take an escaped marker in the text for the real one', () => {
    expect(blocks(`Abstract \\${NOTES_MARKER}\n`)).toEqual(['p']);
  });
});
