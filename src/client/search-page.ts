import { loadPagefind, preloadQuery } from './load-pagefind.ts';
import { searchHistory } from './search-history.ts';
import { searchResults } from './search-results.ts';
import { readSearchState, type SearchState } from './search-state.ts';
import { topicFilters } from './topic-filters.ts';
import { searchDelay } from './typing-pace.ts';

/**
 * The /search/ page: runs `?q=` on load, searches as the reader types, keeps
 * the address in step (one history entry per burst of typing, so Back returns
 * to the previous search), narrows by topic, and announces the outcome.
 * This file wires the page's events to its three parts: the results
 * (search-results.ts), the topic filters (topic-filters.ts) and the address
 * bar (search-history.ts).
 */

/** The page's parts, all rendered by src/pages/search.astro. */
interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: HTMLFieldSetElement;
  boxes: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

// SearchForm's loader imports this from the header, possibly before the parser has reached <main>.
if (document.readyState === 'loading') {
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
}
const parts = findParts();
if (parts) start(parts);

function findParts(): Parts | undefined {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const filters = document.querySelector<HTMLFieldSetElement>('[data-search-filters]');
  const boxes = filters?.querySelector<HTMLElement>('[data-search-filter-list]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  return form && input && filters && boxes && status && list && more
    ? { form, input, filters, boxes, status, list, more }
    : undefined;
}

function start(parts: Parts): void {
  const { form, input } = parts;
  const filters = topicFilters(parts.filters, parts.boxes);
  const results = searchResults(parts, filters);
  const address = searchHistory();
  let current: SearchState = readSearchState(new URL(location.href));
  let pending: ReturnType<typeof setTimeout> | undefined;
  const search = (next: SearchState): void => {
    current = next;
    void results.search(next);
  };

  input.value = current.query;
  search(current);
  // Warm up on focus: Pagefind and its filter index load while the reader types the first words.
  input.addEventListener('focus', () => void loadPagefind().then((pagefind) => pagefind.filters()).catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    const next = { ...current, query: input.value.trim() };
    preloadQuery(next.query);
    clearTimeout(pending);
    pending = setTimeout(() => {
      address.followTyping(next);
      search(next);
    }, searchDelay(next.query));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pending);
    const next = { ...current, query: input.value.trim() };
    address.follow(next, 'push');
    search(next);
  });
  parts.filters.addEventListener('change', () => {
    const next = { ...current, topics: filters.checked() };
    address.follow(next, 'push');
    search(next);
  });
  parts.more.addEventListener('click', () => void results.showMore());
  addEventListener('popstate', () => {
    const next = readSearchState(new URL(location.href));
    input.value = next.query;
    search(next);
  });
}
