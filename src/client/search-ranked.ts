import type { Pagefind, PagefindResult, PagefindSearch, SearchOptions } from './load-pagefind.ts';
import { rankedText, rerank, RERANK_DEPTH, type RankedResults } from './rerank.ts';
import { correctQuery } from './spelling.ts';

/** One search as the page shows it: Pagefind's answer, re-ranked, for the words actually searched. */
export interface RankedSearch extends RankedResults {
  found: PagefindSearch;
  /** The words searched: the reader's, or their correction when a word was misspelled. */
  query: string;
  /** True when `query` is a correction of what the reader typed. */
  corrected: boolean;
}

/** The text a result offers for checking spelling: its name, body and synonyms. */
const textOf = (result: PagefindResult): string => Object.values(rankedText(result)).join('\n');

/**
 * Search as the reader means it: Pagefind, then whole-word re-ranking of
 * the first results (src/client/rerank.ts); when a word of the query is
 * found nowhere as a word or the start of one, the corrected query
 * (src/client/spelling.ts) is searched instead, if it finds anything.
 * `depth`: how many results to load and re-rank (the drop-down shows fewer
 * than the search page, and each one is a download). `stale`: true once the
 * reader has typed on, so a superseded search downloads no result data.
 */
export async function searchRanked(
  pagefind: Pagefind,
  query: string,
  { options = {}, depth = RERANK_DEPTH, stale = () => false }: { options?: SearchOptions; depth?: number; stale?: () => boolean } = {},
): Promise<RankedSearch> {
  const found = await pagefind.search(query, options);
  if (stale()) return { found, query, corrected: false, results: [...found.results], data: [] };
  const ranked = await rerank(query, found.results, depth);
  const correction = await correctQuery(query, ranked.data.map(textOf));
  if (correction && !stale()) {
    const better = await pagefind.search(correction, options);
    if (better.results.length > 0) return { found: better, query: correction, corrected: true, ...(await rerank(correction, better.results, depth)) };
  }
  return { found, query, corrected: false, ...ranked };
}
