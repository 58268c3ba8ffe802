/** A sentence of an abstract and where it starts, so evidence can be quoted exactly. */
export interface Sentence {
  text: string;
  /** Offset of the first character in the original text. */
  start: number;
}

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'al', 'vs', 'fig', 'figs', 'eq', 'eqs', 'cf', 'approx', 'resp', 'no', 'ref']);

// A sentence ends at . ! or ? (after any closing quote or bracket) followed by
// space and a capital, digit, quote or bracket. Decimals ("2.33") and
// abbreviations ("e.g. the") are not ends. The lookbehind lets a match start
// only at the first mark of a run, so a run of 100,000 "!" is read once, not
// once per mark (which would be quadratic).
const END = /(?<![.!?])[.!?]+["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[\p{Lu}\p{N}])/gu;
/** The word before a sentence end, read from a short tail so a long run-on sentence is not rescanned at each end. */
const LAST_WORD = /(?<![\p{L}.])([\p{L}.]+)[.!?]+["'\u201d\u2019)\]]*$/u;
const TAIL = 48;

/** Split an abstract into sentences. Pure, linear in the text; keeps every character except the spaces between sentences. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].trimEnd().length;
    const tailStart = Math.max(start, end - TAIL);
    const last = LAST_WORD.exec(text.slice(tailStart, end));
    // A word that began before the tail is longer than any abbreviation.
    const cut = last?.index === 0 && tailStart > start && /[\p{L}.]/u.test(text[tailStart - 1]!);
    const lastWord = cut ? undefined : last?.[1]?.toLowerCase();
    if (lastWord && ABBREVIATIONS.has(lastWord.replace(/\.$/, ''))) continue;
    sentences.push({ text: text.slice(start, end), start });
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push({ text: rest, start });
  return sentences;
}
