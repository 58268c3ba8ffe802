import { readTopicMatch, type TopicMatch } from './topic-filter.ts';

/** What a search is: the words, the topics it is filtered by, and how. This is what `/search/?q=…&topic=…` holds. */
export interface SearchState {
  query: string;
  topics: string[];
  /** Several ticked topics narrow (`all`: results in every one) or widen (`any`: results in at least one). */
  match: TopicMatch;
}

/** Read a search from an address: `?q=`, any number of `&topic=`, and `&match=any` to widen. */
export function readSearchState(url: URL): SearchState {
  return { query: url.searchParams.get('q')?.trim() ?? '', topics: url.searchParams.getAll('topic'), match: readTopicMatch(url.searchParams.get('match')) };
}

/** The shareable address of a search, on the page at `url`. Narrowing is the default and goes unwritten. */
export function searchStateUrl(url: URL, state: SearchState): URL {
  const next = new URL(url);
  next.search = '';
  if (state.query) next.searchParams.set('q', state.query);
  for (const topic of state.topics) next.searchParams.append('topic', topic);
  if (state.match === 'any') next.searchParams.set('match', 'any');
  return next;
}

/** Two searches are the same when their words, topics and way of combining topics are. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return a.query === b.query && a.topics.join('\n') === b.topics.join('\n') && a.match === b.match;
}
