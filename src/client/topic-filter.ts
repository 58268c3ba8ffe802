import type { FilterCounts, PagefindSearch } from './load-pagefind.ts';

/**
 * How several ticked topics combine on the search page: `all` narrows (a
 * result must be on every ticked topic, the default, as ticking a box on a
 * shop's filter does), `any` widens (a result on at least one of them).
 */
export type TopicMatch = 'all' | 'any';

/** `?match=any` widens; anything else, or nothing, narrows. */
export function readTopicMatch(value: string | null): TopicMatch {
  return value === 'any' ? 'any' : 'all';
}

/** Pagefind's filter for the ticked topics, or none when no topic is ticked. */
export function topicFilter(topics: readonly string[], match: TopicMatch): Record<string, Partial<Record<TopicMatch, string[]>>> | undefined {
  return topics.length > 0 ? { topic: { [match]: [...topics] } } : undefined;
}

/** The filter's legend, which says what ticking does. */
export function topicLegend(match: TopicMatch): string {
  return match === 'all' ? 'Only results on all the ticked topics' : 'Results on any of the ticked topics';
}

/** The ticked topics in a sentence: "Vision AR and Fast inference", or "… or …" when widening. */
export function topicList(topics: readonly string[], match: TopicMatch): string {
  if (topics.length < 2) return topics.join('');
  return `${topics.slice(0, -1).join(', ')} ${match === 'all' ? 'and' : 'or'} ${topics.at(-1)}`;
}

/**
 * Results per topic next to each box. Narrowing: how many of the current
 * results are also on that topic (what ticking it would leave). Widening:
 * how many results of the query each topic has, whatever is ticked (what
 * ticking it would add), so counts do not collapse as boxes are ticked.
 */
export function topicCounts(found: PagefindSearch, match: TopicMatch): FilterCounts[string] {
  return (match === 'all' ? found.filters.topic : found.totalFilters.topic) ?? {};
}
