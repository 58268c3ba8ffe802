import { findMatches, indexText, phrasePattern, type PhrasePattern } from './phrase-pattern.ts';

/**
 * For a page's text, the synonyms it does not contain of the terms it does:
 * a paper that writes "text-to-speech" gets `TTS` and `speech synthesis`, so
 * a search for either finds it. Terms match as topic rules' phrases do
 * (src/knowledge/phrase-pattern.ts): whole words, acronyms keep their case,
 * plurals count, and "non-autoregressive" does not contain "autoregressive".
 */
export type TermFinder = (text: string) => string[];

/** Compile the groups of content/search/synonyms.yaml once; the finder is then linear in the text per term. */
export function createTermFinder(groups: readonly (readonly string[])[]): TermFinder {
  const compiled = groups.map((terms) => terms.map((term): [string, PhrasePattern] => [term, phrasePattern(term)]));
  return (text) => {
    const indexed = indexText(text);
    return compiled.flatMap((group) => {
      const found = group.map(([, pattern]) => findMatches(pattern, indexed).length > 0);
      return found.includes(true) ? group.filter((_, index) => !found[index]).map(([term]) => term) : [];
    });
  };
}
