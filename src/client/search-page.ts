import { loadPagefind, preloadQuery, type PagefindResult, type PagefindSearch } from './load-pagefind.ts';
import { renderResult } from './render-result.ts';
import { searchRanked, type RankedSearch } from './search-ranked.ts';
import { readSearchState, sameSearch, searchStateUrl, type SearchState } from './search-state.ts';
import { readTopicMatch, topicCounts, topicFilter, topicLegend, topicList } from './topic-filter.ts';
import { searchDelay } from './typing-pace.ts';

/**
 * The /search/ page: runs `?q=` on load, searches as the reader types, keeps
 * the address in step (one history entry per burst of typing, so Back returns
 * to the previous search), narrows by topic, and announces the outcome.
 */

/** Results drawn at a time: each one costs a fragment download. The first page is the re-ranked one (RERANK_DEPTH). */
const PAGE = 10;
/** A pause this long ends a burst of typing; the next keystroke starts a new history entry. */
const BURST_END = 1000;
/** Said when Pagefind or a result cannot be fetched: offline before the worker had the site, say. */
const unavailable = 'Search could not load. Check your connection, or browse the papers and topics.';

/** The page's parts, all rendered by src/pages/search.astro. */
interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: HTMLFieldSetElement;
  /** The filter's legend, which says whether ticked topics narrow or widen. */
  legend: HTMLElement;
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
  const legend = filters?.querySelector('legend');
  const boxes = filters?.querySelector<HTMLElement>('[data-search-filter-list]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  return form && input && filters && legend && boxes && status && list && more
    ? { form, input, filters, legend, boxes, status, list, more }
    : undefined;
}

function start({ form, input, filters, legend, boxes, status, list, more }: Parts): void {
  let current: SearchState = readSearchState(new URL(location.href));
  let run = 0;
  let shown: PagefindSearch['results'] = [];
  let pending: ReturnType<typeof setTimeout> | undefined;
  let burst: ReturnType<typeof setTimeout> | undefined;

  const title = document.title;
  input.value = current.query;
  void search(current);

  // Warm up on focus: Pagefind and its filter index load while the reader types the first words.
  input.addEventListener('focus', () => void loadPagefind().then((pagefind) => pagefind.filters()).catch(() => undefined), {
    once: true,
  });
  input.addEventListener('input', () => {
    const next = { ...current, query: input.value.trim() };
    preloadQuery(next.query);
    clearTimeout(pending);
    pending = setTimeout(() => {
      follow(next, burst === undefined ? 'push' : 'replace');
      clearTimeout(burst);
      burst = setTimeout(() => (burst = undefined), BURST_END);
      void search(next);
    }, searchDelay(next.query));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pending);
    const next = { ...current, query: input.value.trim() };
    follow(next, 'push');
    void search(next);
  });
  filters.addEventListener('change', () => {
    const next = { ...current, topics: checkedTopics(), match: readTopicMatch(filters.querySelector<HTMLInputElement>('input[name="match"]:checked')?.value ?? null) };
    follow(next, 'push');
    void search(next);
  });
  more.addEventListener('click', () => void showMore());
  addEventListener('popstate', () => {
    const next = readSearchState(new URL(location.href));
    input.value = next.query;
    void search(next);
  });

  /** Put a search in the address bar, as a new entry or in place of the current one. */
  function follow(next: SearchState, mode: 'push' | 'replace'): void {
    if (sameSearch(next, readSearchState(new URL(location.href)))) return;
    const url = searchStateUrl(new URL(location.href), next);
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  async function search(next: SearchState): Promise<void> {
    current = next;
    const mine = ++run;
    document.title = next.query ? `“${next.query}” · ${title}` : title;
    if (!next.query) {
      clear();
      return;
    }
    let ranked: RankedSearch;
    try {
      const pagefind = await loadPagefind();
      // Pagefind reports filter counts only once its filter index is loaded; later calls reuse it.
      await pagefind.filters();
      const filters = topicFilter(next.topics, next.match);
      ranked = await searchRanked(pagefind, next.query, { options: filters ? { filters } : {}, stale: () => mine !== run });
    } catch {
      if (mine === run) announce(unavailable);
      return;
    }
    if (mine !== run) return;
    shown = ranked.results;
    list.replaceChildren(...ranked.data.slice(0, PAGE).map((result) => renderResult(result, 'h2')));
    drawFilters(ranked.found, next);
    more.hidden = shown.length <= PAGE;
    announce(summary(next, ranked));
  }

  async function showMore(): Promise<void> {
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
  }

  function clear(): void {
    shown = [];
    list.replaceChildren();
    filters.hidden = true;
    more.hidden = true;
    announce('');
  }

  function announce(message: string): void {
    status.textContent = message;
  }

  function checkedTopics(): string[] {
    return [...filters.querySelectorAll<HTMLInputElement>('input[name="topic"]:checked')].map((box) => box.value);
  }

  /**
   * One checkbox per topic among this query's results, with its count (see
   * topicCounts), and the legend and switch for narrowing or widening.
   * Alphabetical, so boxes stay put while the counts change.
   */
  function drawFilters(found: PagefindSearch, { topics: checked, match }: SearchState): void {
    const counts = topicCounts(found, match);
    legend.textContent = topicLegend(match);
    for (const radio of filters.querySelectorAll<HTMLInputElement>('input[name="match"]')) radio.checked = radio.value === match;
    const topics = [...new Set([...Object.keys(counts).filter((topic) => (counts[topic] ?? 0) > 0), ...checked])];
    topics.sort((a, b) => a.localeCompare(b));
    const focused = document.activeElement;
    const existing = new Map([...boxes.querySelectorAll<HTMLLIElement>('li')].map((item) => [item.dataset.topic, item]));
    boxes.replaceChildren(
      ...topics.map((topic) => {
        const item = existing.get(topic) ?? filterItem(topic);
        const box = item.querySelector('input');
        const count = item.querySelector('.count');
        if (box) box.checked = checked.includes(topic);
        if (count) count.textContent = String(counts[topic] ?? 0);
        return item;
      }),
    );
    // Re-inserting a node drops its focus: give it back to the box the reader just ticked.
    if (focused instanceof HTMLElement && focused !== document.activeElement && focused.isConnected) focused.focus();
    filters.hidden = topics.length === 0;
  }

  function filterItem(topic: string): HTMLLIElement {
    const item = document.createElement('li');
    item.dataset.topic = topic;
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'topic';
    box.value = topic;
    const count = document.createElement('span');
    count.className = 'count';
    label.append(box, ` ${topic} `, count);
    item.append(label);
    return item;
  }
}

/** What the results list now holds, in words, for the live region. */
function summary(state: SearchState, { found, query, corrected }: RankedSearch): string {
  const words = `“${state.query}”`;
  const count = found.results.length;
  const within = state.topics.length > 0 ? ` in ${topicList(state.topics, state.match)}` : '';
  if (corrected) return `${plural(count)} for “${query}”${within}, corrected from ${words}.`;
  if (count === 0 && found.unfilteredResultCount > 0) {
    return `No paper${within} mentions ${words}; ${plural(found.unfilteredResultCount)} without the topic filter.`;
  }
  if (count === 0) return `No paper mentions ${words}.`;
  return `${plural(count)} for ${words}${within}.`;
}

function plural(count: number): string {
  return count === 1 ? '1 result' : `${count} results`;
}
