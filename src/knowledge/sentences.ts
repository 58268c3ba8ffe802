import { indexText, type IndexedText } from './tokens.ts';

/** A sentence of an abstract and where it starts, so evidence can be quoted exactly. */
export interface Sentence {
  text: string;
  /** Offset of the first character in the original text. */
  start: number;
}

/**
 * The sentences of an indexed text. Where one ends is decided by the
 * tokenizer (src/knowledge/tokens.ts): an end mark and a space before a
 * capital or digit, not after an abbreviation ("e.g.", "et al.") or inside a
 * number ("2.33"). One per sentence index of the tokens; keeps every character
 * except the spaces between sentences.
 */
export function sentencesOf(indexed: IndexedText): Sentence[] {
  const { text, sentences, tokens } = indexed;
  if (tokens.length === 0) return [];
  // Every sentence holds a word: the tokenizer starts one only before a word.
  return sentences.map((start, index) => ({ text: text.slice(start, sentences[index + 1] ?? text.length).trimEnd(), start }));
}

const split = new Map<string, readonly Sentence[]>();
/**
 * Split an abstract into sentences. Pure; linear in the length of the text.
 * Remembered: a build splits each abstract for its page's description and
 * again for its gist on topic pages (about 3 s of a 10,000-paper build).
 */
export function splitSentences(text: string): readonly Sentence[] {
  let sentences = split.get(text);
  if (sentences === undefined) {
    // Bounded like the stems (tokens.ts), for a long-running dev server.
    if (split.size > 50_000) split.clear();
    split.set(text, (sentences = Object.freeze(sentencesOf(indexText(text)))));
  }
  return sentences;
}
