import { findMatches, phrasePattern, type PhrasePattern } from './phrase-pattern.ts';
import { indexText } from './tokens.ts';

/**
 * For a page's text, the terms of content/search/synonyms.yaml to add to its
 * search index: a paper that writes "text-to-speech" gets `TTS` and
 * `speech synthesis`, so a search for either finds it. A group applies when
 * the text has one of its terms, matched as topic rules' phrases are
 * (src/knowledge/phrase-pattern.ts: whole words, acronyms keep their case,
 * plurals count, "non-autoregressive" does not contain "autoregressive");
 * then every term of the group the text does not spell out exactly is
 * added, since the search index is stricter than the rules: "Text to
 * Speech" is `text-to-speech` to the rules but not to Pagefind.
 */
export type TermFinder = (text: string) => string[];

interface Term {
  term: string;
  pattern: PhrasePattern;
  /** The term exactly as written (acronyms case-sensitive), as a whole word, plural allowed. */
  verbatim: RegExp;
}

/**
 * How a page is found to write a search term: as one compound (spaces read as hyphens), so its words must
 * stand together and in order, not merely near each other as a topic rule's may ("cache the key-value
 * pairs" is no "key-value cache").
 */
export function termPattern(term: string): PhrasePattern {
  return phrasePattern(term.replace(/ +/g, '-'));
}

function compile(term: string): Term {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flags = /\p{Ll}/u.test(term) ? 'iu' : 'u';
  return { term, pattern: termPattern(term), verbatim: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, flags) };
}

/** Compile the groups once; the finder is then linear in the text per term. */
export function createTermFinder(groups: readonly (readonly string[])[]): TermFinder {
  const compiled = groups.map((terms) => terms.map(compile));
  return (text) => {
    const indexed = indexText(text);
    return compiled.flatMap((group) =>
      group.some(({ pattern }) => findMatches(pattern, indexed).length > 0)
        ? group.filter(({ verbatim }) => !verbatim.test(text)).map(({ term }) => term)
        : [],
    );
  };
}
