import { stemmer } from 'stemmer';

/**
 * A title or abstract cut once into words, for every rule phrase to be
 * looked up in it. Each word keeps where it is (characters and sentence),
 * its lowercase form and its Porter stem, so "autoregressively",
 * "autoregression" and "autoregressive" are one word to the rules.
 * One pass over the characters, no regular expression that could backtrack:
 * the cost is linear in the length of the text.
 */

/** One word of a text. */
export interface Token {
  /** Offsets of the word in the text: `text.slice(start, end)` is the word as written. */
  start: number;
  end: number;
  /** Lowercase, in American spelling ("quantization" for "quantisation"). */
  lower: string;
  stem: string;
  /** Index of the sentence the word is in: the words of a phrase must share one. */
  sentence: number;
  /** A hyphen, with at most spaces around it, separates this word from the one before: "auto-regressive". */
  hyphenBefore: boolean;
  /** Only spaces or one hyphen separate this word from the one before, so the two may form one compound. */
  joinedBefore: boolean;
}

/** Consecutive words `first..last` of a text (token indexes, inclusive). */
export interface Span {
  first: number;
  last: number;
}

/** Words joined by hyphens, read as one word: "auto-regressive". */
export interface Run extends Span {
  /** The words' lowercase forms written together: "autoregressive". */
  lower: string;
  stem: string;
}

/** A text indexed for phrase lookup; build it once with `indexText` and query it with many phrases. */
export interface IndexedText {
  text: string;
  tokens: readonly Token[];
  /** Where each sentence starts in the text (the first is 0); a token's `sentence` indexes this list. */
  sentences: readonly number[];
  /** Token indexes by stem, ascending. */
  stems: ReadonlyMap<string, readonly number[]>;
  /** Token indexes by lowercase form, ascending (acronyms are found here, then checked for case; `word*` scans the keys). */
  lowers: ReadonlyMap<string, readonly number[]>;
  /** Every run of 2–4 hyphenated words, by last word then first. */
  runs: readonly Run[];
  /**
   * Where each compound of the rules occurs, filled in by src/knowledge/phrase-pattern.ts as it is
   * looked up: many phrases share a word ("image", "image generation", "image token").
   */
  found: Map<object | symbol, unknown>;
}

/** A sentence ends at one of these, then any closing quotes or brackets, a space, and a capital or digit. */
const ENDS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[']);
/** Words whose period is an abbreviation's ("e.g.", "et al."), not the end of a sentence; single letters too. */
const ABBREVIATIONS = new Set(['al', 'vs', 'etc', 'fig', 'figs', 'eq', 'eqs', 'cf', 'approx', 'resp', 'ref', 'no']);
/** The longest hyphenated run read as one word: "sequence-to-sequence" has 3 words. */
const MAX_RUN = 4;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const SPACE = /\s/;

/**
 * British spellings written the American way, so "quantisation" is
 * "quantization" and "analysed" is "analyzed" to the rules (Porter stems
 * them apart). Text and phrases go through the same mapping, so a word that
 * merely looks British ("promise") changes on both sides alike.
 */
export function americanize(lower: string): string {
  if (!lower.includes('is') && !lower.includes('ys')) return lower;
  return lower.replace(/^(.{3,})is(e|es|ed|ing|ation|ations|er|ers|able)$/, '$1iz$2').replace(/^(.{2,})ys(e|es|ed|ing|er|ers)$/, '$1yz$2');
}

const stems = new Map<string, string>();
/** Porter stem of a lowercase word (American spelling), remembered: a corpus has far fewer distinct words than words. */
export function stemOf(lower: string): string {
  let stem = stems.get(lower);
  if (stem === undefined) {
    // Bounded so a long-running dev server does not grow without limit.
    if (stems.size > 200_000) stems.clear();
    stems.set(lower, (stem = stemmer(americanize(lower))));
  }
  return stem;
}

/** Length of the letter or digit at `index` (2 for a letter outside the BMP), or 0 when it is neither. */
function wordCharAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  const point = text.codePointAt(index)!;
  const length = point > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(index, index + length)) ? length : 0;
}

/**
 * Where a new sentence starts in the gap `from..to` before a word, or -1: an
 * end mark, closing quotes or brackets, spaces, then only opening quotes or
 * brackets before a word that starts with a capital or a digit. So "2.33",
 * "e.g. the" and "speed-up. our" end no sentence. One pass over the gap.
 */
function sentenceStart(text: string, from: number, to: number): number {
  if (!CAPITAL_OR_DIGIT.test(text[to]!)) return -1;
  for (let index = from; index < to; index++) {
    if (!ENDS.has(text[index]!)) continue;
    let next = index + 1;
    while (next < to && CLOSERS.has(text[next]!)) next++;
    if (next >= to || !SPACE.test(text[next]!)) continue;
    while (next < to && SPACE.test(text[next]!)) next++;
    let word = next;
    while (word < to && OPENERS.has(text[word]!)) word++;
    if (word === to) return next;
  }
  return -1;
}

function add(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** Cut a text into words and index them. Linear in the length of the text. */
export function indexText(text: string): IndexedText {
  const tokens: Token[] = [];
  const stemIndex = new Map<string, number[]>();
  const lowerIndex = new Map<string, number[]>();
  const runs: Run[] = [];
  const sentences = [0];
  let sentence = 0;
  let index = 0;
  while (index < text.length) {
    // The characters between the previous word and this one.
    const gapStart = index;
    let hyphens = 0;
    let other = false;
    let mark = false;
    let size = 0;
    while (index < text.length && (size = wordCharAt(text, index)) === 0) {
      const code = text.charCodeAt(index);
      if (code === 45 || (code >= 0x2010 && code <= 0x2013 && code !== 0x2012)) hyphens++;
      else if (!(code === 32 || code === 10 || code === 13 || code === 9 || SPACE.test(text[index]!))) {
        other = true;
        if (code === 46 || code === 33 || code === 63) mark = true;
      }
      index++;
    }
    if (index >= text.length) break;
    const start = index;
    while (index < text.length && (size = wordCharAt(text, index)) > 0) index += size;
    const previous = tokens.at(-1);
    if (previous && mark && previous.lower.length > 1 && !ABBREVIATIONS.has(previous.lower)) {
      const boundary = sentenceStart(text, gapStart, start);
      if (boundary >= 0) {
        sentence++;
        sentences.push(boundary);
      }
    }
    const lower = americanize(text.slice(start, index).toLowerCase());
    const token: Token = {
      start,
      end: index,
      lower,
      stem: '',
      sentence,
      hyphenBefore: previous !== undefined && hyphens === 1 && !other,
      joinedBefore: previous !== undefined && hyphens <= 1 && !other,
    };
    const position = tokens.length;
    tokens.push(token);
    add(lowerIndex, lower, position);
    // Hyphenated runs ending here, read as one word: "auto-regressive" is also "autoregressive".
    let joined = lower;
    for (let first = position; first > position - MAX_RUN + 1 && first > 0 && tokens[first]!.hyphenBefore; first--) {
      joined = tokens[first - 1]!.lower + joined;
      runs.push({ first: first - 1, last: position, lower: joined, stem: stemOf(joined) });
    }
  }
  // Stem each distinct word once.
  for (const [lower, positions] of lowerIndex) {
    const stem = stemOf(lower);
    for (const position of positions) tokens[position]!.stem = stem;
    const list = stemIndex.get(stem);
    // Two spellings with one stem ("model", "models"): merged in order, into a new list (the first is shared).
    stemIndex.set(stem, list ? [...list, ...positions].sort((a, b) => a - b) : positions);
  }
  return { text, tokens, sentences, stems: stemIndex, lowers: lowerIndex, runs, found: new Map() };
}

/** Index of the token starting at `offset` in the text (binary search), or -1. */
export function tokenAt(text: IndexedText, offset: number): number {
  let low = 0;
  let high = text.tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (text.tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return text.tokens[low]?.start === offset ? low : -1;
}

/** A paper's title and abstract, each indexed once and shared by every topic's rules and the lean reader. */
export interface PaperText {
  title: IndexedText;
  abstract: IndexedText;
}

/** Index a paper's title and abstract. */
export function indexPaper(paper: { title: string; abstract: string }): PaperText {
  return { title: indexText(paper.title), abstract: indexText(paper.abstract) };
}
