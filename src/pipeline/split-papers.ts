import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { graphemePrefix } from '../util/grapheme-prefix.ts';
import { logStage } from './stage-log.ts';

/** A title and its abstract as they stand in the listing, positions intact. */
export interface ListedPaper {
  title: Paragraph;
  abstract: Paragraph;
  /** The seed file it is listed in: its path is the paper's `source.file`, and later stages put their messages on it. */
  seed: VFile;
}

declare module 'vfile' {
  interface DataMap {
    /** split-papers: how many paragraphs of page chrome were dropped before the first paper. */
    chrome: number;
  }
}

/**
 * A title is at most this many characters. The longest title in the seed
 * has 154 characters; arXiv titles stay well under 300.
 */
export const TITLE_MAX = 300;
/**
 * An abstract is at least this many characters: a two-sentence summary
 * has more, while page chrome ("Subscribe", "Get trending papers in your
 * email inbox!") and a title standing where its abstract should be have fewer.
 */
export const ABSTRACT_MIN = 100;

const length = (paragraph: Paragraph): number => toString(paragraph).length;
const canBeTitle = (paragraph: Paragraph | undefined): boolean => paragraph !== undefined && length(paragraph) <= TITLE_MAX;
const canBeAbstract = (paragraph: Paragraph | undefined): boolean => paragraph !== undefined && length(paragraph) >= ABSTRACT_MIN;
const lineOf = (paragraph: Paragraph): number => paragraph.position?.start.line ?? 1;
const quote = (paragraph: Paragraph): string => JSON.stringify(toString(paragraph));
const quoteStart = (paragraph: Paragraph): string => {
  const text = toString(paragraph);
  return JSON.stringify(text.length > 60 ? `${graphemePrefix(text, 60).trimEnd()}…` : text);
};

/**
 * What can stand in a title and is seen by nobody: spaces of every kind
 * (no-break, ideographic, ...), zero-width and other invisible format
 * characters, controls, and the blank Braille pattern.
 */
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Cn}\u2800]*$/u;
const codePoints = (text: string): string =>
  [...new Set(text)].map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');

/**
 * How many errors reading the listing by position from each paragraph on
 * would give: `errors[i]` for a reading whose first title is paragraph i.
 * One pass from the end, so choosing where the listing starts stays linear.
 */
function errorsFrom(paragraphs: readonly Paragraph[]): number[] {
  const errors = Array<number>(paragraphs.length + 1).fill(0);
  for (let index = paragraphs.length - 1; index >= 0; index--) {
    if (!canBeTitle(paragraphs[index])) errors[index] = 1 + errors[index + 1]!;
    else if (!canBeAbstract(paragraphs[index + 1])) errors[index] = 1 + errors[index + 1]!;
    else errors[index] = errors[index + 2]!;
  }
  return errors;
}

/**
 * Where the listing starts, after the page chrome: the paragraph that reads
 * the listing with the fewest errors, counting as one error each paragraph
 * left before it that is too long for chrome; the first such paragraph on a
 * tie. This is the one place where length decides; from here on, paragraphs
 * are read by position. Undefined when no title is followed by an abstract.
 */
function listingStart(paragraphs: readonly Paragraph[]): number | undefined {
  const errors = errorsFrom(paragraphs);
  let best: { index: number; cost: number } | undefined;
  let longChrome = 0;
  for (let index = 0; index + 1 < paragraphs.length; index++) {
    if (canBeTitle(paragraphs[index]) && canBeAbstract(paragraphs[index + 1])) {
      const cost = errors[index]! + longChrome;
      if (!best || cost < best.cost) best = { index, cost };
    }
    if (canBeAbstract(paragraphs[index])) longChrome += 1;
  }
  return best?.index;
}

/**
 * Split the listing into papers, each a title followed by its abstract.
 * Everything before the first paper is the page's chrome (short lines like
 * "Subscribe" or "Daily Papers"), dropped and named in the log; a longer
 * paragraph there is an error, since it may be a paper's abstract. From the
 * first paper on, paragraphs are read by position: title, abstract, title,
 * ...; a title longer than TITLE_MAX, an abstract shorter than ABSTRACT_MIN
 * and a title or abstract nobody can see are errors, never lost chrome.
 */
export function splitPapers(tree: Root, file: VFile): ListedPaper[] {
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
  const first = listingStart(paragraphs);
  if (first === undefined) {
    file.fail(
      `no papers found: expected a title (a paragraph of at most ${TITLE_MAX} characters) followed by its abstract (a paragraph of at least ${ABSTRACT_MIN} characters), separated by a blank line`,
      { line: 1, column: 1 },
    );
  }
  const error = (reason: string, paragraph: Paragraph): void => void (file.message(reason, paragraph.position).fatal = true);
  const chrome = paragraphs.slice(0, first);
  for (const node of chrome) {
    if (canBeAbstract(node)) {
      error(
        `${quoteStart(node)} (${length(node)} characters) comes before the first paper (${quote(paragraphs[first]!)}, line ${lineOf(paragraphs[first]!)}) and is too long for page chrome such as "Subscribe"; if it is an abstract, put its title on its own line before it, and if it belongs to no paper, delete it`,
        node,
      );
    } else {
      file.info(`dropped page chrome ${quote(node)}: it comes before the first title and abstract`, node.position);
    }
  }
  const listed: ListedPaper[] = [];
  for (let index = first; index < paragraphs.length; ) {
    const title = paragraphs[index]!;
    const next = paragraphs[index + 1];
    if (!canBeTitle(title)) {
      const previous = listed.at(-1);
      error(
        `a second long paragraph (${length(title)} characters) follows the abstract of ${previous ? quote(previous.title) : 'the previous paper'}; expected a title of at most ${TITLE_MAX} characters`,
        title,
      );
      index += 1;
    } else if (!canBeAbstract(next)) {
      error(
        `${quote(title)} has no abstract after it; expected a paragraph of at least ${ABSTRACT_MIN} characters on line ${(title.position?.end.line ?? lineOf(title)) + 2}`,
        title,
      );
      index += 1;
    } else {
      const invisible = ([['title', title], ['abstract', next!]] as const).filter(([, paragraph]) => INVISIBLE.test(toString(paragraph)));
      for (const [what, paragraph] of invisible) {
        // Unicode spaces at the ends are trimmed already (normalizeText), so a title of spaces alone is empty here.
        const only = toString(paragraph) ? `${codePoints(toString(paragraph))} (zero-width or other invisible characters)` : 'spaces (no-break, ideographic or other Unicode spaces)';
        error(`the ${what} on line ${lineOf(paragraph)} has no visible character: it is only ${only}; write the ${what} in visible characters`, paragraph);
      }
      if (!invisible.length) listed.push({ title, abstract: next!, seed: file });
      index += 2;
    }
  }
  file.data.chrome = chrome.length;
  const dropped = chrome.length ? `; dropped ${chrome.length} chrome paragraph(s) before the first paper (lines ${chrome.map(lineOf).join(', ')})` : '';
  logStage(file, 'split-papers', `${paragraphs.length} paragraphs in, ${listed.length} papers out${dropped}`);
  return listed;
}
