import type { Emphasis, Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { abstractBlocks } from '../format/paper-file.ts';
import { extractKeyNumbers, type KeyNumber } from '../knowledge/key-numbers.ts';

/** The id of the n-th marked sentence of an abstract (from 1): the target of the page's "Key numbers" links. */
export const claimId = (ordinal: number): string => `claim-${ordinal}`;

/** Each key number's sentence anchor: sentences in reading order, numbered from 1, one anchor per sentence. */
export function claimAnchors(numbers: readonly KeyNumber[]): Map<number, string> {
  const starts = [...new Set(numbers.map((number) => number.sentenceStart))].sort((a, b) => a - b);
  return new Map(starts.map((start, index) => [start, claimId(index + 1)]));
}

/** Paper files, the only Markdown whose sentences are marked (topic bodies are not abstracts). */
const PAPER_FILE = /[\\/]content[\\/]papers[\\/][^\\/]+\.mdx$/;

/** Nodes whose children are phrasing content, where a mark may wrap a run of them. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/**
 * Render-time remark plugin: in a paper's abstract, wrap each sentence that
 * states a key number in `<mark id="claim-n">`, so the page's "Key numbers"
 * list links to it. The sentences come from the same extractor over the
 * same text the atlas reads (the abstract's blocks, joined by a blank line),
 * so the anchors agree with the list; only the paper being rendered is read.
 * A paper rendered as data comes with its key numbers already extracted by
 * the loader (`file.data.keyNumbers`, src/render/render-abstract.ts); a page
 * compiled as MDX has them extracted here.
 * The text between sentences stays outside the marks, so words keep their
 * spaces in the HTML and in the search index.
 */
export function remarkKeyNumberMarks() {
  return (tree: Root, file: VFile): void => {
    if (!PAPER_FILE.test(file.path ?? '')) return;
    const blocks = abstractBlocks(tree);
    const texts = blocks.map((block) => toString(block));
    const numbers = (file.data.keyNumbers as readonly KeyNumber[] | undefined) ?? extractKeyNumbers(texts.join('\n\n'));
    if (numbers.length === 0) return;
    const anchors = claimAnchors(numbers);
    const ends = new Map(numbers.map((number) => [number.sentenceStart, number.sentenceStart + number.sentence.length]));
    let offset = 0;
    for (const [index, block] of blocks.entries()) {
      const blockEnd = offset + texts[index]!.length;
      for (const [start, id] of anchors) {
        if (start >= offset && start < blockEnd) markRange(block, start - offset, ends.get(start)! - offset, id);
      }
      offset = blockEnd + 2;
    }
  };
}

function mark(children: PhrasingContent[], id: string | undefined): Emphasis {
  // An emphasis node renamed to <mark> by mdast-util-to-hast (data.hName): mdast has no mark node of its own.
  return { type: 'emphasis', data: { hName: 'mark', ...(id ? { hProperties: { id } } : {}) }, children };
}

/**
 * Wrap the text of `node` between `from` and `to` (offsets in its own text)
 * in marks: one mark where the range is a run of phrasing, more when it
 * crosses into a link or emphasis. The first mark carries the id.
 */
function markRange(node: Nodes, from: number, to: number, id: string | undefined): string | undefined {
  if (!('children' in node)) return id;
  const phrasing = PHRASING_PARENTS.has(node.type);
  const out: Nodes[] = [];
  let run: PhrasingContent[] = [];
  let pendingId = id;
  const flush = (): void => {
    if (run.length === 0) return;
    out.push(mark(run, pendingId));
    pendingId = undefined;
    run = [];
  };
  let at = 0;
  for (const child of node.children as Nodes[]) {
    const start = at;
    const end = (at += toString(child).length);
    if (end <= from || start >= to) {
      flush();
      out.push(child);
    } else if (phrasing && start >= from && end <= to) {
      run.push(child as PhrasingContent);
    } else if (phrasing && child.type === 'text') {
      const cut = [Math.max(from, start) - start, Math.min(to, end) - start];
      if (cut[0]! > 0) {
        flush();
        out.push({ type: 'text', value: child.value.slice(0, cut[0]) });
      }
      run.push({ type: 'text', value: child.value.slice(cut[0], cut[1]) });
      if (cut[1]! < child.value.length) {
        flush();
        out.push({ type: 'text', value: child.value.slice(cut[1]) });
      }
    } else if ('children' in child) {
      flush();
      pendingId = markRange(child, Math.max(from - start, 0), Math.min(to, end) - start, pendingId);
      out.push(child);
    } else if (phrasing) {
      // A leaf partly in the range (inline code): mark all of it rather than split it.
      run.push(child as PhrasingContent);
    } else {
      out.push(child);
    }
  }
  flush();
  (node as { children: Nodes[] }).children = out;
  return pendingId;
}
