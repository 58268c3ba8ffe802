import { MIN_WORD, vocabularyKey } from '../knowledge/vocabulary.ts';

/**
 * Spelling correction for search words Pagefind cannot place ("difusion",
 * "autoregresive"): Pagefind matches prefixes of indexed words but forgives
 * few typos, so a misspelled word finds nothing, or only noise. A word is
 * corrected to the closest word of the site (one edit for short words, two
 * for long ones, a swap of neighbours counting as one), picked from the
 * list of words with the same first two letters (/search-words/<xy>.json,
 * from src/pages/search-words/), most widespread first.
 */

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const lists = new Map<string, Promise<string[]>>();
let keys: Promise<string[]> | undefined;

/** A JSON list from /search-words/, or an empty one when it cannot load (offline before the worker had it). */
function fetchList(name: string): Promise<string[]> {
  return fetch(`${base}search-words/${name}.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
}

/** The site's words starting like `word`, fetched once per page; none when the site has no such list. */
async function wordsLike(word: string): Promise<string[]> {
  const key = vocabularyKey(word);
  keys ??= fetchList('index');
  if (!key || !(await keys).includes(key)) return [];
  let list = lists.get(key);
  if (!list) lists.set(key, (list = fetchList(key)));
  return list;
}

/** Edit distance with adjacent swaps (optimal string alignment), or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    [before, previous] = [previous, row];
  }
  return previous[b.length]!;
}

/** Edits a word of this length may be away from its correction. */
const allowedEdits = (word: string): number => (word.length >= 8 ? 2 : 1);

/** The closest of `candidates` (in their order: most widespread first on ties), or undefined when none is close enough. */
export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const limit = allowedEdits(lower);
  let best: string | undefined;
  let distance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate, Math.min(limit, distance - 1));
    if (d < distance) [best, distance] = [candidate, d];
    if (distance === 1) break;
  }
  return best;
}

/**
 * Whether a query word needs correcting: it is a word of letters, long
 * enough, and no word of `texts` (what the results say) starts with it, so
 * a prefix typed on the way to a word ("specul") is left alone.
 */
export function isUnplaced(word: string, texts: readonly string[]): boolean {
  if (word.length < MIN_WORD || !/^\p{L}+$/u.test(word)) return false;
  const start = new RegExp(`(?<![\\p{L}\\p{N}])${word}`, 'iu');
  return !texts.some((text) => start.test(text));
}

/**
 * The query with its misspelled words corrected, or undefined when no word
 * needs it or none has a correction. `texts` are the texts of the results
 * the query already found (none when it found nothing).
 */
export async function correctQuery(query: string, texts: readonly string[]): Promise<string | undefined> {
  const words = query.split(/\s+/).filter(Boolean);
  let changed = false;
  const corrected = await Promise.all(
    words.map(async (word) => {
      if (!isUnplaced(word, texts)) return word;
      const candidates = await wordsLike(word);
      // A word the site has, or starts, is spelled right even when these results lack it.
      if (candidates.some((candidate) => candidate.startsWith(word.toLowerCase()))) return word;
      const nearest = nearestWord(word, candidates);
      if (nearest) changed = true;
      return nearest ?? word;
    }),
  );
  return changed ? corrected.join(' ') : undefined;
}
