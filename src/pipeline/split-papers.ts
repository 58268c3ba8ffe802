import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { logStage } from './stage-log.ts';

/** A title and its abstract as they stand in the listing, positions intact. */
export interface ListedPaper {
  title: Paragraph;
  abstract: Paragraph;
  /** The seed file it is listed in: its path is the paper's `source.file`, and later stages put their messages on it. */
  seed: VFile;
}

/**
 * A title is at most this many characters; an abstract is longer. The
 * longest title in the seed has 154 characters, the shortest abstract more
 * than 1,300; arXiv titles stay well under 300 while abstracts rarely do.
 */
export const TITLE_MAX = 300;

const isShort = (paragraph: Paragraph): boolean => toString(paragraph).length <= TITLE_MAX;
const lineOf = (paragraph: Paragraph): number => paragraph.position?.start.line ?? 1;
const quote = (paragraph: Paragraph): string => JSON.stringify(toString(paragraph));

/**
 * Split the listing into papers: a short paragraph followed by a long one is
 * a title and its abstract. Everything before the first such pair is the
 * page's chrome (a header like "Subscribe" or "Daily Papers": short lines
 * that no abstract follows) and is dropped, each one named in the log. From
 * the first paper on, the listing must alternate title, abstract: a title
 * with no abstract is an error rather than silently lost chrome.
 */
export function splitPapers(tree: Root, file: VFile): ListedPaper[] {
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
  const first = paragraphs.findIndex((node, index) => isShort(node) && paragraphs[index + 1] && !isShort(paragraphs[index + 1]!));
  if (first === -1) {
    file.fail(
      `no papers found: expected a title (a paragraph of at most ${TITLE_MAX} characters) followed by its abstract (a longer paragraph), separated by a blank line`,
      { line: 1, column: 1 },
    );
  }
  const chrome = paragraphs.slice(0, first);
  for (const node of chrome) {
    file.info(`dropped page chrome ${quote(node)}: it comes before the first title and abstract`, node.position);
  }
  const listed: ListedPaper[] = [];
  for (let index = first; index < paragraphs.length; ) {
    const title = paragraphs[index]!;
    const next = paragraphs[index + 1];
    if (!isShort(title)) {
      const previous = listed.at(-1);
      const message = file.message(
        `a second long paragraph (${toString(title).length} characters) follows the abstract of ${previous ? quote(previous.title) : 'the previous paper'}; expected a title of at most ${TITLE_MAX} characters`,
        title.position,
      );
      message.fatal = true;
      index += 1;
    } else if (!next || isShort(next)) {
      const message = file.message(
        `${quote(title)} has no abstract after it; expected a paragraph of text on line ${(title.position?.end.line ?? lineOf(title)) + 2}`,
        title.position,
      );
      message.fatal = true;
      index += 1;
    } else {
      listed.push({ title, abstract: next, seed: file });
      index += 2;
    }
  }
  const dropped = chrome.length ? `; dropped ${chrome.length} chrome paragraph(s) before the first paper (lines ${chrome.map(lineOf).join(', ')})` : '';
  logStage(file, 'split-papers', `${paragraphs.length} paragraphs in, ${listed.length} papers out${dropped}`);
  return listed;
}
