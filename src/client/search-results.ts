import { loadPagefind, type PagefindResult, type PagefindSearch } from './load-pagefind.ts';
import { renderResult } from './render-result.ts';
import type { SearchState } from './search-state.ts';
import type { TopicFilters } from './topic-filters.ts';

/** Results drawn at a time: each one costs a fragment download. */
const PAGE = 10;
/** Said when Pagefind or a result cannot be fetched: offline before the worker had the site, say. */
const unavailable = 'Search could not load. Check your connection, or browse the papers and topics.';

/** The parts of the search page that show results, all rendered by src/pages/search.astro. */
export interface ResultParts {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/** Running searches and showing what they found. */
export interface SearchResults {
  /** Search, and show the first results, the topic filters and a status line; an older search still running is dropped. */
  search(next: SearchState): Promise<void>;
  /** Show the next results of the current search. */
  showMore(): Promise<void>;
}

export function searchResults({ status, list, more }: ResultParts, filters: TopicFilters): SearchResults {
  const title = document.title;
  /** Counts searches, so the answer to an older one never replaces a newer one's. */
  let run = 0;
  let shown: PagefindSearch['results'] = [];
  const announce = (message: string): void => {
    status.textContent = message;
  };
  const clear = (): void => {
    shown = [];
    list.replaceChildren();
    filters.hide();
    more.hidden = true;
    announce('');
  };

  return {
    async search(next) {
      const mine = ++run;
      document.title = next.query ? `“${next.query}” · ${title}` : title;
      if (!next.query) return clear();
      let found: PagefindSearch;
      let first: PagefindResult[];
      try {
        const pagefind = await loadPagefind();
        // Pagefind reports filter counts only once its filter index is loaded; later calls reuse it.
        await pagefind.filters();
        const topicFilter = next.topics.length > 0 ? { topic: { any: next.topics } } : undefined;
        found = await pagefind.search(next.query, topicFilter ? { filters: topicFilter } : {});
        if (mine !== run) return;
        first = await Promise.all(found.results.slice(0, PAGE).map((result) => result.data()));
      } catch {
        if (mine === run) announce(unavailable);
        return;
      }
      if (mine !== run) return;
      shown = found.results;
      list.replaceChildren(...first.map((result) => renderResult(result, 'h2')));
      filters.draw(found, next.topics);
      more.hidden = shown.length <= PAGE;
      announce(summary(next, found));
    },

    async showMore() {
      const mine = run;
      const from = list.children.length;
      let next: PagefindResult[];
      try {
        next = await Promise.all(shown.slice(from, from + PAGE).map((result) => result.data()));
      } catch {
        if (mine === run) announce(unavailable);
        return;
      }
      if (mine !== run) return;
      const items = next.map((result) => renderResult(result, 'h2'));
      list.append(...items);
      more.hidden = list.children.length >= shown.length;
      // Keyboard and screen reader users land on the first new result, not back at the top.
      items[0]?.querySelector('a')?.focus();
    },
  };
}

/** What the results list now holds, in words, for the live region. */
function summary(state: SearchState, found: PagefindSearch): string {
  const words = `“${state.query}”`;
  const count = found.results.length;
  const within = state.topics.length > 0 ? ` in ${state.topics.join(' or ')}` : '';
  if (count === 0 && found.unfilteredResultCount > 0) {
    return `No paper${within} mentions ${words}; ${plural(found.unfilteredResultCount)} without the topic filter.`;
  }
  if (count === 0) return `No paper mentions ${words}.`;
  return `${plural(count)} for ${words}${within}.`;
}

function plural(count: number): string {
  return count === 1 ? '1 result' : `${count} results`;
}
