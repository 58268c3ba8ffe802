import { readSearchState, sameSearch, searchStateUrl, type SearchState } from './search-state.ts';

/** A pause this long ends a burst of typing; the next keystroke starts a new history entry. */
const BURST_END = 1000;

/** Keeping the address bar in step with the search. */
export interface SearchHistory {
  /** Put a search in the address bar, as a new entry or in place of the current one. */
  follow(next: SearchState, mode: 'push' | 'replace'): void;
  /** Follow a search typed as it is typed: one history entry per burst, so Back returns to the previous search. */
  followTyping(next: SearchState): void;
}

export function searchHistory(): SearchHistory {
  let burst: ReturnType<typeof setTimeout> | undefined;
  const follow = (next: SearchState, mode: 'push' | 'replace'): void => {
    if (sameSearch(next, readSearchState(new URL(location.href)))) return;
    const url = searchStateUrl(new URL(location.href), next);
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  return {
    follow,
    followTyping(next) {
      follow(next, burst === undefined ? 'push' : 'replace');
      clearTimeout(burst);
      burst = setTimeout(() => (burst = undefined), BURST_END);
    },
  };
}
