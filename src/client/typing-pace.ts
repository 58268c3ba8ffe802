/**
 * When to search while the reader types. Pagefind splits its index into
 * chunks by word and matches the last word as a prefix; a trailing word of
 * one or two characters ("speculative d", "to" on the way to "tokenizer") is
 * a prefix of many words, common ones among them ("to", "the", "de…"), so
 * searching or preloading it fetches a large part of the index for results
 * nobody wants (at 10,000 papers "to" alone loads a 74 KiB chunk).
 */
const shortWord = /(^|\s)\S{1,2}$/u;

/**
 * Wait this long after a keystroke before searching: 150 ms lets a quick
 * typist's in-between words pass without fetching result fragments and still
 * shows results well within 300 ms of the last key; after a short trailing
 * word, 600 ms, so only a reader who stops there ("AR", "3D") searches for it.
 */
export function searchDelay(query: string): number {
  return shortWord.test(query.trim()) ? 600 : 150;
}

/** The words worth preloading index chunks for: the query without a short trailing word. */
export function preloadWords(query: string): string {
  return query.trim().replace(shortWord, '').trim();
}
