import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { NOTES_MARKER, parsePaperFile } from '../../../src/format/paper-file.ts';
import { extractKeyNumbers } from '../../../src/knowledge/key-numbers.ts';
import { claimAnchors, remarkKeyNumberMarks } from '../../../src/render/remark-key-number-marks.ts';

const PAPER = '/repo/content/papers/a-paper.mdx';

function marked(mdx: string, path = PAPER): { tree: Root; marks: { id: string | undefined; text: string; inside: string }[] } {
  const tree: Root = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  remarkKeyNumberMarks()(tree, new VFile({ path }));
  const marks: { id: string | undefined; text: string; inside: string }[] = [];
  const walk = (node: Nodes, parent: string): void => {
    if (node.type === 'emphasis' && node.data?.hName === 'mark') {
      marks.push({ id: (node.data.hProperties as { id?: string } | undefined)?.id, text: toString(node), inside: parent });
    }
    if ('children' in node) for (const child of node.children) walk(child, node.type);
  };
  walk(tree, 'root');
  return { tree, marks };
}

describe('remarkKeyNumberMarks', () => {
  it('marks each sentence that states a key number, numbered in reading order, and leaves the text as it was', () => {
    const mdx = 'We propose a decoder. It is 2x faster. It needs no training.\n\nIt reaches 2.08 FID and 1.9 FID on ImageNet.\n';
    const { tree, marks } = marked(mdx);
    expect(marks).toEqual([
      { id: 'claim-1', text: 'It is 2x faster.', inside: 'paragraph' },
      { id: 'claim-2', text: 'It reaches 2.08 FID and 1.9 FID on ImageNet.', inside: 'paragraph' },
    ]);
    expect(tree.children.map((node) => toString(node))).toEqual(['We propose a decoder. It is 2x faster. It needs no training.', 'It reaches 2.08 FID and 1.9 FID on ImageNet.']);
  });

  it('gives the ids the page links to: claimAnchors over the abstract the atlas reads', () => {
    const mdx = 'One. It is 3x faster. Two. It has 7B parameters.\n';
    const abstract = parsePaperFile(`---\ntitle: "T"\nsource:\n  file: "s.txt"\n  line: 1\n---\n\n${mdx}`, 'a.mdx').abstractText;
    const anchors = claimAnchors(extractKeyNumbers(abstract));
    expect([...anchors.values()]).toEqual(marked(mdx).marks.map((mark) => mark.id));
  });

  it('keeps a link inside a marked sentence whole', () => {
    const { marks, tree } = marked('Intro. It is 2x faster than [FastSpeech](https://example.org) on GPUs. End.\n');
    expect(marks).toEqual([{ id: 'claim-1', text: 'It is 2x faster than FastSpeech on GPUs.', inside: 'paragraph' }]);
    expect(toString(tree)).toBe('Intro. It is 2x faster than FastSpeech on GPUs. End.');
  });

  it('marks inside a link when a sentence ends in one, the id on the first part', () => {
    const { marks } = marked('Intro. It is [2x faster. Next](https://example.org) words.\n');
    expect(marks).toEqual([
      { id: 'claim-1', text: 'It is ', inside: 'paragraph' },
      { id: undefined, text: '2x faster.', inside: 'link' },
    ]);
  });

  it('marks nothing in the contributor notes or in files that are not papers', () => {
    expect(marked(`Abstract only.\n\n${NOTES_MARKER}\n\nA note says it is 2x faster.\n`).marks).toEqual([]);
    expect(marked('It is 2x faster.\n', '/repo/content/topics/llm-inference.md').marks).toEqual([]);
  });
});
