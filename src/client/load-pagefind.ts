import { pagefindRanking } from './rerank.ts';
import { preloadWords } from './typing-pace.ts';

/**
 * The slice of Pagefind's browser API (pagefind.js, 1.6) this site uses.
 * pagefind.js is written by the build, not bundled, so it has no types here.
 */
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean; ranking?: typeof pagefindRanking }): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchOptions {
  /** Per filter, the values a result must have: `all` of them, or `any` one. */
  filters?: Record<string, { all?: string[]; any?: string[] }>;
}

export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResult> }[];
  /** Counts within this query, ignoring the filters applied. */
  totalFilters: FilterCounts;
  /** Counts within this query and its filters. */
  filters: FilterCounts;
  unfilteredResultCount: number;
}

export interface PagefindResult {
  url: string;
  /** HTML: Pagefind encodes the page text and wraps matches in <mark>, so it is safe as innerHTML. */
  excerpt: string;
  /** The indexed text of the page, as plain text. */
  content: string;
  /** `titleTerms` and `terms`: synonyms of the page's terms, separated by semicolons (src/components/SearchTerms.astro). */
  meta: { title?: string; shortName?: string; titleTerms?: string; terms?: string };
  /** `topic`: a paper's topics in the order its page lists them, or a topic page's own name. */
  filters: Record<string, string[]>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Load Pagefind once per page, from this build's bundle under the base path.
 * Result URLs are made relative to the site root at index time, so the base
 * path is given back to Pagefind as `baseUrl`.
 *
 * `noWorker`: search runs on the main thread, so the first search skips
 * pagefind-worker.js (12 KiB compressed of a 150 KiB budget). Searching the
 * abstracts takes a few milliseconds, far below a frame, even at 10,000
 * papers; the build leaves the worker file out (src/integrations/index-site.ts).
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true, ranking: pagefindRanking });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline before the worker had cached anything) may succeed on the next try.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Fetch the index chunks a query will need while the reader is still typing it (see typing-pace.ts). */
export function preloadQuery(query: string): void {
  const words = preloadWords(query);
  if (!words) return;
  loadPagefind().then(
    (pagefind) => pagefind.preload(words),
    () => undefined, // Nothing to preload without Pagefind; the search itself reports the failure.
  );
}
