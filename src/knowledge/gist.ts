import { graphemePrefix } from '../util/grapheme-prefix.ts';
import { splitSentences } from './sentences.ts';

const SUBJECT = String.raw`\b(?:we|this (?:paper|work|study|survey)|our (?:method|approach|model|work))\s+(?:\w+\s+){0,2}?`;
/** Sentences that state what the paper contributes, best first: what it builds, then what it finds. */
const CONTRIBUTION = [
  new RegExp(`${SUBJECT}(?:propos|present|introduc|develop|design|formulat|describ|examin)`, 'i'),
  new RegExp(`${SUBJECT}(?:show|stud|argu|tackl|explor|reveal|demonstrat|establish|analy|evaluat)`, 'i'),
];

/**
 * Openers that add nothing to a one-line summary ("To this end,", "As an
 * alternative,", any short clause) when the sentence goes on with "we", "this" or "our".
 */
const OPENER =
  /^(?:in this (?:paper|work|study)|therefore|thus|here|specifically|in response|finally|consequently|furthermore|moreover|additionally|(?:in order )?to [^,]{1,120}|[^,]{1,40}),\s*(?=(?:we|this|our|to)\b)/i;

/**
 * A one-line gist of an abstract: its first sentence stating the paper's own
 * contribution ("we propose ..."), or else its first sentence, without a
 * leading connective and cut at a word boundary to `max` characters.
 */
export function gist(abstract: string, max = 180): string {
  const sentences = splitSentences(abstract.replace(/\s+/g, ' ').trim());
  let chosen = sentences[0];
  for (const pattern of CONTRIBUTION.toReversed()) chosen = sentences.find((sentence) => pattern.test(sentence.text)) ?? chosen;
  if (!chosen) return '';
  let text = chosen.text;
  while (OPENER.test(text)) text = text.replace(OPENER, '');
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (text.length <= max) return text;
  const cut = graphemePrefix(text, max - 1);
  return `${graphemePrefix(cut, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:(-]+$/, '')}\u2026`;
}
