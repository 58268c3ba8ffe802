/**
 * How a rule phrase matches text, decided once here so every topic reads the
 * same way:
 *
 * - Words match whole words: `AR` is not found in "ARLON", `image` is found in
 *   "text-to-image" and "image-based".
 * - A word with a lowercase letter ignores case (`speech` finds "Speech"); a
 *   word without one is an acronym and keeps its case, so `AR` never matches
 *   the "ar" of another language or a stray syllable.
 * - The last word also matches its plural: `LLM` finds "LLMs", `policy`
 *   finds "policies".
 * - A space or hyphen between words matches a space, a hyphen or nothing:
 *   `auto-regressive` finds "autoregressive", "Auto-Regressive" and
 *   "Auto Regressive"; `early exit` finds "early-exit".
 * - A trailing `*` accepts any ending: `accelerat*` finds "accelerating".
 * - A phrase right after "non" is negated and does not count: `autoregressive`
 *   is not found in "non-autoregressive" (write `non-autoregressive` to find it).
 */

const SEPARATOR = '[\\s\\u2010\\u2011\\u2013-]*';
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One word. `exact` words (acronyms) keep their case; the others are
 * written in lowercase when the whole phrase runs on lowercased text, or as
 * `[aA]` classes when the phrase mixes them with an acronym.
 */
function wordSource(word: string, last: boolean, lowered: boolean): string {
  const open = word.endsWith('*');
  const stem = open ? word.slice(0, -1) : word;
  const exact = !/\p{Ll}/u.test(stem);
  const chars = (text: string): string => {
    if (exact) return escape(text);
    if (lowered) return escape(text.toLowerCase());
    return [...text]
      .map((char) => {
        const lower = char.toLowerCase();
        const upper = char.toUpperCase();
        return lower === upper ? escape(char) : `[${lower}${upper}]`;
      })
      .join('');
  };
  if (open) return `${chars(stem)}${LETTER_OR_DIGIT}*`;
  if (!last) return chars(stem);
  // Plurals of the last word: -s, -es, and -y → -ies.
  if (!exact && /[^aeiou]y$/i.test(stem)) return `${chars(stem.slice(0, -1))}(?:${chars('y')}|${chars('ies')})`;
  return `${chars(stem)}(?:${exact ? 's|es' : `${chars('s')}|${chars('es')}`})?`;
}

/** A compiled phrase: the global regular expression and a cheap substring test to skip most texts. */
export interface PhrasePattern {
  /** The phrase as written in the rules. */
  phrase: string;
  /** Lowercased first word (without `*`): a text with no word starting with it cannot match. */
  needle: string;
  /** True when `regex` runs on the lowercased text (no acronym in the phrase): the fast path. */
  lowered: boolean;
  /** False for phrases that start with "non" themselves. */
  negatable: boolean;
  /** Global, Unicode regular expression implementing the rules above. */
  regex: RegExp;
}

/** Compile a rule phrase (validated by src/schemas/topic.ts) into a pattern. */
export function phrasePattern(phrase: string): PhrasePattern {
  const words = phrase.trim().split(/[ -]+/);
  const lowered = words.every((word) => /\p{Ll}/u.test(word));
  const body = words.map((word, index) => wordSource(word, index === words.length - 1, lowered)).join(SEPARATOR);
  return {
    phrase,
    // A one-word phrase ending in consonant + y also matches "-ies": its needle drops the y.
    needle: (words.length === 1 ? words[0]!.replace(/(?<=[^aeiouAEIOU])[yY]$/, '') : words[0]!).replace(/\*$/, '').toLowerCase(),
    lowered,
    negatable: words[0]!.toLowerCase() !== 'non',
    // The left boundary is checked in countMatches: a leading look-behind would stop V8 from
    // scanning for the literal, which made matching several times slower.
    regex: new RegExp(`${body}(?!${LETTER_OR_DIGIT})`, 'gu'),
  };
}

const WORD_CHAR = new RegExp(`${LETTER_OR_DIGIT}$`, 'u');
const NEGATION = new RegExp(`(?:^|[^\\p{L}\\p{N}])non${SEPARATOR}$`, 'iu');
const WORDS = new RegExp(`${LETTER_OR_DIGIT}+`, 'gu');

/** A text prepared once for many phrases: its lowercase form and its sorted distinct lowercase words. */
export interface IndexedText {
  text: string;
  lower: string;
  /** Made on first use: a short text is checked with a scan instead (see mayMatch). */
  readonly words: readonly string[];
}

/** Prepare a title, abstract or sentence for matching. */
export function indexText(text: string): IndexedText {
  const lower = text.toLowerCase();
  let words: string[] | undefined;
  return {
    text,
    lower,
    get words() {
      return (words ??= [...new Set(lower.match(WORDS) ?? [])].sort());
    },
  };
}

/**
 * Texts shorter than this are scanned for a needle rather than indexed:
 * sorting the words of a sentence cost more than the few scans it saves
 * (it was a fifth of deriving topics for 10,000 papers).
 */
const SCAN_BELOW = 400;

/**
 * A cheap test that must pass for the pattern to match: some word of the
 * text starts with the needle (binary search in a long text's words: the
 * cost does not grow with the length of the text), or, in a short text, the
 * needle occurs at all. Either way the expression decides.
 */
function mayMatch(indexed: IndexedText, needle: string): boolean {
  return indexed.lower.length < SCAN_BELOW ? indexed.lower.includes(needle) : hasWordStartingWith(indexed.words, needle);
}

/**
 * Whether some word of the text starts with `needle`. Every match starts at
 * a word start and its first word begins with the needle, so a text failing
 * this test is skipped without running the expression.
 */
function hasWordStartingWith(words: readonly string[], needle: string): boolean {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < needle) low = middle + 1;
    else high = middle;
  }
  return low < words.length && words[low]!.startsWith(needle);
}

/** One occurrence: where it starts and the words as found (lowercased for phrases without an acronym). */
export interface Match {
  offset: number;
  text: string;
}

/** Every occurrence of the pattern in an indexed text, in order. */
export function findMatches(pattern: PhrasePattern, indexed: IndexedText): Match[] {
  if (!mayMatch(indexed, pattern.needle)) return [];
  const { regex } = pattern;
  const target = pattern.lowered ? indexed.lower : indexed.text;
  const found: Match[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(target); match !== null; match = regex.exec(target)) {
    const before = target.slice(Math.max(0, match.index - 6), match.index);
    if (WORD_CHAR.test(before) || (pattern.negatable && NEGATION.test(before))) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    found.push({ offset: match.index, text: match[0].replace(/\s+/g, ' ') });
  }
  return found;
}

/** Where the pattern occurs in an indexed text: the offset of each match, in order. */
export function matchOffsets(pattern: PhrasePattern, indexed: IndexedText): number[] {
  return findMatches(pattern, indexed).map((match) => match.offset);
}

/** How often the pattern occurs in an indexed text. */
export function countMatches(pattern: PhrasePattern, indexed: IndexedText): number {
  return findMatches(pattern, indexed).length;
}
