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
// abbreviations ("e.g. the") are not ends.
const END = /[.!?]+["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[\p{Lu}\p{N}])/gu;

/** Split an abstract into sentences. Pure; keeps every character except the spaces between sentences. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].trimEnd().length;
    const lastWord = /([\p{L}.]+)[.!?]+["'\u201d\u2019)\]]*$/u.exec(text.slice(start, end))?.[1]?.toLowerCase();
    if (lastWord && ABBREVIATIONS.has(lastWord.replace(/\.$/, ''))) continue;
    sentences.push({ text: text.slice(start, end), start });
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push({ text: rest, start });
  return sentences;
}
