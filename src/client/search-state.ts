/** What a search is: the words, and the topics it is narrowed to. This is what `/search/?q=…&topic=…` holds. */
export interface SearchState {
  query: string;
  topics: string[];
}

/** Read a search from an address: `?q=` and any number of `&topic=`. */
export function readSearchState(url: URL): SearchState {
  return { query: url.searchParams.get('q')?.trim() ?? '', topics: url.searchParams.getAll('topic') };
}

/** The shareable address of a search, on the page at `url`. */
export function searchStateUrl(url: URL, state: SearchState): URL {
  const next = new URL(url);
  next.search = '';
  if (state.query) next.searchParams.set('q', state.query);
  for (const topic of state.topics) next.searchParams.append('topic', topic);
  return next;
}

/** Two searches are the same when their words and topics are. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return a.query === b.query && a.topics.join('\n') === b.topics.join('\n');
}
