/**
 * When to search while the reader types. Pagefind splits its index into a
 * few chunks by word; a lone trailing letter ("speculative d", or "s" as the
 * first key) is a prefix of words across most of them, so searching or
 * preloading it fetches nearly the whole index for results nobody wants.
 */
const loneLetter = /(^|\s)\S$/u;

/**
 * Wait this long after a keystroke before searching: 150 ms lets a quick
 * typist's in-between words pass without fetching result fragments and still
 * shows results well within 300 ms of the last key; after a lone letter,
 * 600 ms, so only a reader who stops there searches for it.
 */
export function searchDelay(query: string): number {
  return loneLetter.test(query.trim()) ? 600 : 150;
}

/** The words worth preloading index chunks for: the query without a trailing lone letter. */
export function preloadWords(query: string): string {
  return query.trim().replace(loneLetter, '').trim();
}
