import { splitSentences } from '../knowledge/sentences.ts';
import { graphemePrefix } from '../util/grapheme-prefix.ts';

/**
 * The start of a text, at most `max` characters: whole sentences when the
 * first one fits, otherwise cut at a word (or, in a text with no spaces, between
 * two graphemes: never inside an emoji) with an ellipsis. For meta
 * descriptions and link previews. Sentences are split by the same rules the
 * topic evidence quotes with (abbreviations and decimals do not end one).
 */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let result = '';
  for (const { text: sentence } of splitSentences(flat)) {
    const next = result ? `${result} ${sentence}` : sentence;
    if (next.length > max) break;
    result = next;
  }
  if (result) return result;
  const cut = graphemePrefix(flat, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
