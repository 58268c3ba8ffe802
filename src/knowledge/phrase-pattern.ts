import { americanize, stemOf, type IndexedText, type Span, type Token } from './tokens.ts';

/**
 * How a rule phrase matches text, decided once here so every topic reads the
 * same way. The text is cut into words once (src/knowledge/tokens.ts); a
 * phrase is looked up word by word in that index, so matching costs the
 * number of places its words occur, never a scan with a regular expression.
 *
 * - Words match by their stem, British spellings read the American way:
 *   `image generation` finds "image generator", `early exit` finds "early
 *   exiting", `auto-regressive` finds "autoregressively" and
 *   "autoregression", `quantization` finds "quantisation".
 * - A word with a lowercase letter ignores case (`speech` finds "Speech"); a
 *   word without one is an acronym and keeps its case, so `AR` never matches
 *   the "ar" of another language or a stray syllable. An acronym also finds
 *   its plural (`LLM` finds "LLMs").
 * - Words joined by hyphens are one compound, found hyphenated, spaced or
 *   written as one word, in that order and next to each other: `text-to-image`
 *   finds "text to image" but never "image-to-text"; `auto-regressive` finds
 *   "autoregressive". So hyphens also ask for exact wording where nearness is
 *   too loose: `representation-learning` is not "learns representations".
 * - Words (or compounds) separated by spaces need only be near each other, in
 *   any order, within one sentence: at most NEAR other words may come between
 *   them, so `image generation` also finds "generates high-quality images".
 * - A trailing `*` accepts any ending of the word as written: `accelerat*`
 *   finds "accelerating"; `lag* behind` finds "lagged behind"; `compared*-to`
 *   finds "compared to" but not "comparable to" (whose stem is the same).
 * - A word right after "non" is negated and does not count: `autoregressive`
 *   is not found in "non-autoregressive" (write `non-autoregressive` to find it).
 */

/** How many other words may come between the words of a spaced phrase. */
export const NEAR = 3;

/** One word of a phrase and how a word of the text must look to match it. */
interface WordTest {
  kind: 'stem' | 'prefix' | 'acronym';
  /** The stem, the lowercase prefix, or the acronym as written. */
  value: string;
}

/** One compound of a phrase: a single word, or words joined by hyphens. Shared by every phrase that uses it. */
interface Unit {
  /** The words one by one, each matching one word of the text. */
  words: readonly WordTest[];
  /** The compound read as one word ("autoregressive" for `auto-regressive`); absent for acronym compounds. */
  joined?: WordTest;
  /** False when the compound itself starts with "non". */
  negatable: boolean;
}

/** A compiled phrase: the compounds to find near each other. */
export interface PhrasePattern {
  /** The phrase as written in the rules. */
  phrase: string;
  units: readonly Unit[];
}

const NO_TESTS: readonly WordTest[] = Object.freeze([]);

/** Every `word*` of the rules compiled so far; a new one resets `prefixesOf`. */
const prefixTests: WordTest[] = [];
/** Per lowercase word of any text, the `word*` tests it passes: worked out once per word, not once per text. */
const prefixesOf = new Map<string, readonly WordTest[]>();

/** Counts the `word*` tests compiled so far: an index built before the last one lacks it and is rebuilt. */
let prefixGeneration = 0;

function registerPrefix(test: WordTest): WordTest {
  prefixTests.push(test);
  prefixesOf.clear();
  prefixGeneration++;
  return test;
}

function prefixesOfWord(lower: string): readonly WordTest[] {
  let passed = prefixesOf.get(lower);
  if (!passed) {
    if (prefixesOf.size > 200_000) prefixesOf.clear();
    const found = prefixTests.filter((test) => lower.startsWith(test.value));
    prefixesOf.set(lower, (passed = found.length ? found : NO_TESTS));
  }
  return passed;
}

const BY_PREFIX = Symbol('words by the `word*` tests they pass');

/** The text's words grouped by the `word*` tests they pass, built on first use (again after a new test). */
function prefixIndex(text: IndexedText): ReadonlyMap<WordTest, readonly number[]> {
  let built = text.found.get(BY_PREFIX) as { generation: number; index: Map<WordTest, number[]> } | undefined;
  if (!built || built.generation !== prefixGeneration) {
    const index = new Map<WordTest, number[]>();
    for (const [lower, positions] of text.lowers) {
      for (const test of prefixesOfWord(lower)) {
        const list = index.get(test);
        if (list) list.push(...positions);
        else index.set(test, [...positions]);
      }
    }
    for (const list of index.values()) list.sort((a, b) => a - b);
    text.found.set(BY_PREFIX, (built = { generation: prefixGeneration, index }));
  }
  return built.index;
}

function wordTest(word: string): WordTest {
  if (word.endsWith('*')) return registerPrefix({ kind: 'prefix', value: americanize(word.slice(0, -1).toLowerCase()) });
  if (!/\p{Ll}/u.test(word)) return { kind: 'acronym', value: word };
  return { kind: 'stem', value: stemOf(word.toLowerCase()) };
}

/** Compounds by their spelling in the rules: phrases sharing one share its lookups in each text. */
const units = new Map<string, Unit>();

function unitOf(compound: string): Unit {
  const key = compound.split('-').map((word) => (/\p{Ll}/u.test(word) ? word.toLowerCase() : word)).join('-');
  let unit = units.get(key);
  if (unit) return unit;
  const parts = key.split('-');
  const words = parts.map(wordTest);
  unit = { words, negatable: parts[0]!.toLowerCase() !== 'non' };
  // Read as one word only when that is a word: no acronym, no `word*` before the last word.
  if (parts.length > 1 && words.every((word) => word.kind !== 'acronym') && parts.slice(0, -1).every((part) => !part.endsWith('*'))) {
    const joined = parts.join('');
    unit.joined = joined.endsWith('*') ? wordTest(joined) : { kind: 'stem', value: stemOf(joined) };
  }
  units.set(key, unit);
  return unit;
}

/** Compile a rule phrase (validated by src/schemas/topic.ts) into a pattern. */
export function phrasePattern(phrase: string): PhrasePattern {
  return { phrase, units: phrase.trim().split(/ +/).map(unitOf) };
}

function tokenPasses(test: WordTest, token: Token, text: string): boolean {
  if (test.kind === 'stem') return token.stem === test.value;
  if (test.kind === 'prefix') return token.lower.startsWith(test.value);
  const raw = text.slice(token.start, token.end);
  return raw === test.value || raw === `${test.value}s`;
}

/** First index in a sorted list whose value is not below `key` (binary search). */
function lowerBound<T>(list: readonly T[], key: number, of: (item: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (of(list[middle]!) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

const bySpan = (a: Span, b: Span): number => a.first - b.first || b.last - a.last;

const NONE: readonly Span[] = Object.freeze([]);

function singles(positions: readonly number[] | undefined, found: Span[]): void {
  if (positions) for (const position of positions) found.push({ first: position, last: position });
}

/** Where one word occurs: single words, and hyphenated runs read as one word; sorted. */
function wordSpans(test: WordTest, text: IndexedText): readonly Span[] {
  const found: Span[] = [];
  if (test.kind === 'stem') {
    singles(text.stems.get(test.value), found);
    for (const run of text.runs) if (run.stem === test.value) found.push(run);
  } else if (test.kind === 'prefix') {
    singles(prefixIndex(text).get(test), found);
    for (const run of text.runs) if (run.lower.startsWith(test.value)) found.push(run);
  } else {
    const lower = test.value.toLowerCase();
    for (const key of [lower, `${lower}s`]) {
      for (const position of text.lowers.get(key) ?? NONE_POSITIONS) {
        if (tokenPasses(test, text.tokens[position]!, text.text)) found.push({ first: position, last: position });
      }
    }
  }
  return found.length === 0 ? NONE : found.length === 1 ? found : found.sort(bySpan);
}

const NONE_POSITIONS: readonly number[] = Object.freeze([]);

/** Where one compound occurs, as one word or word by word, without negated occurrences; sorted, one span per start. */
function unitSpans(unit: Unit, text: IndexedText): readonly Span[] {
  let spans = text.found.get(unit) as readonly Span[] | undefined;
  if (!spans) text.found.set(unit, (spans = findUnit(unit, text)));
  return spans;
}

function findUnit(unit: Unit, text: IndexedText): readonly Span[] {
  const { tokens } = text;
  let found: readonly Span[];
  if (unit.words.length === 1) found = wordSpans(unit.words[0]!, text);
  else {
    const starts = wordSpans(unit.words[0]!, text);
    const joined = unit.joined ? wordSpans(unit.joined, text) : NONE;
    if (starts.length === 0 && joined.length === 0) return NONE;
    const both: Span[] = [...joined];
    for (const start of starts) {
      if (start.first !== start.last) continue;
      const last = start.first + unit.words.length - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let offset = 1; ok && offset < unit.words.length; offset++) {
        const token = tokens[start.first + offset]!;
        ok = token.joinedBefore && tokenPasses(unit.words[offset]!, token, text.text);
      }
      if (ok) both.push({ first: start.first, last });
    }
    found = both.sort(bySpan);
  }
  if (found.length === 0) return NONE;
  const kept: Span[] = [];
  for (const span of found) {
    if (kept.length > 0 && kept.at(-1)!.first === span.first) continue;
    const token = tokens[span.first]!;
    const negated = unit.negatable && span.first > 0 && token.joinedBefore && tokens[span.first - 1]!.lower === 'non';
    if (!negated) kept.push(span);
  }
  return kept.length === 0 ? NONE : kept;
}

/** One occurrence of a phrase. */
export interface Match {
  /** Token indexes of the first and last word of the occurrence. */
  first: number;
  last: number;
}

/**
 * The words of an occurrence as a reader should see them quoted: as the text
 * has them, spaces collapsed, words other than acronyms in lowercase.
 */
export function quote(text: IndexedText, match: Match): string {
  return text.text
    .slice(text.tokens[match.first]!.start, text.tokens[match.last]!.end)
    .replace(/\s+/g, ' ')
    .replace(/[\p{L}\p{N}]+/gu, (word) => (word.length > 1 && !/\p{Ll}/u.test(word.replace(/s$/, '')) ? word : word.toLowerCase()));
}

/** The span of `spans` in the anchor's sentence nearest to it, not overlapping any taken span. */
function nearest(spans: readonly Span[], anchor: Span, taken: readonly Span[], tokens: readonly Token[]): Span | undefined {
  const sentence = tokens[anchor.first]!.sentence;
  const free = (span: Span): boolean => taken.every((other) => span.last < other.first || span.first > other.last);
  const gap = (span: Span): number => Math.max(span.first - anchor.last, anchor.first - span.last);
  let best: Span | undefined;
  const start = lowerBound(spans, anchor.first, (span) => span.first);
  for (let index = start; index < spans.length && spans[index]!.first - anchor.last <= NEAR + 1; index++) {
    const span = spans[index]!;
    if (tokens[span.first]!.sentence === sentence && free(span) && (!best || gap(span) < gap(best))) best = span;
  }
  for (let index = start - 1; index >= 0 && anchor.first - spans[index]!.first <= NEAR + 1 + MAX_UNIT; index--) {
    const span = spans[index]!;
    if (tokens[span.first]!.sentence === sentence && free(span) && (!best || gap(span) < gap(best))) best = span;
  }
  return best;
}

/** A compound spans at most this many words (a hyphenated run of 4); bounds the backward search. */
const MAX_UNIT = 4;

/** Every occurrence of the pattern in an indexed text, in order; occurrences never overlap. */
export function findMatches(pattern: PhrasePattern, text: IndexedText): Match[] {
  const spans: Array<readonly Span[]> = [];
  for (const unit of pattern.units) {
    const found = unitSpans(unit, text);
    if (found.length === 0) return [];
    spans.push(found);
  }
  // Anchor on the rarest compound: the others are looked up near each of its occurrences.
  const anchorIndex = spans.reduce((best, list, index) => (list.length < spans[best]!.length ? index : best), 0);
  const found: Match[] = [];
  for (const anchor of spans[anchorIndex]!) {
    const taken: Span[] = [anchor];
    for (const [index, list] of spans.entries()) {
      if (index === anchorIndex) continue;
      const span = nearest(list, anchor, taken, text.tokens);
      if (!span) break;
      taken.push(span);
    }
    if (taken.length < spans.length) continue;
    const first = Math.min(...taken.map((span) => span.first));
    const last = Math.max(...taken.map((span) => span.last));
    const words = taken.reduce((sum, span) => sum + span.last - span.first + 1, 0);
    if (last - first + 1 - words > NEAR) continue;
    if (found.length > 0 && first <= found.at(-1)!.last) continue;
    found.push({ first, last });
  }
  return found.sort((a, b) => a.first - b.first);
}
