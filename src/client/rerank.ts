import type { PagefindResult, PagefindSearch } from './load-pagefind.ts';

/**
 * Pagefind's ranking, adjusted for how people search papers: matches in
 * metadata add to the body's score: the title and short name most, the
 * synonyms of a title's terms (`titleTerms`) as much, the synonyms of the
 * abstract's terms (`terms`) a little (see src/components/SearchTerms.astro).
 */
export const pagefindRanking = {
  metaWeights: { title: 5, shortName: 5, titleTerms: 5, terms: 1 },
};

/** Results whose data is loaded and re-ranked on the search page: its first page. */
export const RERANK_DEPTH = 10;

type Hit = PagefindSearch['results'][number];

/** The words re-ranking reads from one result. */
export interface RankedText {
  /** Title and short name: what the result is called. */
  name: string;
  /** The indexed body: a paper's abstract and notes, a topic's summary and prose. */
  body: string;
  /** Synonyms of the terms in its title (`titleTerms` metadata). */
  nameTerms: string;
  /** Synonyms of the terms in its body (`terms` metadata). */
  terms: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Between the words of a phrase: spaces or hyphens (or nothing), and an
 * abbreviation being defined, so "key-value (KV) cache" holds both
 * "key-value cache" and "KV cache".
 */
const BETWEEN = String.raw`[\s\u2010\u2011)-]*(?:\([^()]{1,15}\)[\s\u2010\u2011-]*)?`;

/** Words as whole words, in order, as one phrase: not inside longer words, a plural allowed. */
function wholeWords(words: readonly string[]): RegExp {
  const parts = words.flatMap((word) => word.split('-')).filter(Boolean).map(escape);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${parts.join(BETWEEN)}(?:s|es)?(?![\p{L}\p{N}])`, 'iu');
}

/** The query's words, as a reader typed them: "FID", "KV cache", "text-to-speech". */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** A query compiled for re-ranking: the whole query as a phrase, and each word. */
export interface QueryPattern {
  phrase: RegExp;
  words: RegExp[];
}

export function queryPattern(query: string): QueryPattern {
  const words = queryWords(query);
  return { phrase: wholeWords(words), words: words.map((word) => wholeWords([word])) };
}

/**
 * How well a result matches the query as whole words, best first. What the
 * page really says comes before its synonyms, and its name before its body:
 * 7: the query as a phrase in its name ("LLM" in "… LLM Training Stability");
 * 6: every word of the query in its name, apart;
 * 5: the phrase in its body;
 * 4: the phrase among the synonyms of its title's terms ("NAR" for a
 *    "Non-Autoregressive" title);
 * 3: the phrase among the synonyms of its body's terms;
 * 2: every word somewhere, apart; 1: some word;
 * 0: none (Pagefind matched only prefixes, such as "FID" in "fidelity" or
 *    "Parti" in "partial").
 */
export function wholeWordTier(query: QueryPattern, text: RankedText): number {
  if (query.words.length === 0) return 0;
  if (query.phrase.test(text.name)) return 7;
  if (query.words.every((word) => word.test(text.name))) return 6;
  if (query.phrase.test(text.body)) return 5;
  if (query.phrase.test(text.nameTerms)) return 4;
  if (query.phrase.test(text.terms)) return 3;
  const all = Object.values(text).join('\n');
  const found = query.words.map((word) => word.test(all));
  if (found.every(Boolean)) return 2;
  return found.some(Boolean) ? 1 : 0;
}

/**
 * The order of results after re-ranking: by whole-word tier, keeping
 * Pagefind's order within a tier (a stable sort), so "FID" lists papers that
 * report FID before one that is "high-fidelity". Returns indexes into `texts`.
 */
export function wholeWordOrder(query: string, texts: readonly RankedText[]): number[] {
  const pattern = queryPattern(query);
  const tiers = texts.map((text) => wholeWordTier(pattern, text));
  return texts.map((_, index) => index).sort((a, b) => tiers[b]! - tiers[a]!);
}

/** The texts of a loaded result that re-ranking reads. */
export function rankedText(result: PagefindResult): RankedText {
  const { title = '', shortName = '', titleTerms = '', terms = '' } = result.meta;
  return { name: `${title}\n${shortName}`, body: result.content, nameTerms: titleTerms, terms };
}

/** A search's results with the first `depth` re-ranked, and their loaded data in the new order. */
export interface RankedResults {
  results: Hit[];
  data: PagefindResult[];
}

/**
 * Load the data of the first `depth` results (one small fragment each, which
 * the page needs to show them anyway), re-rank them by whole words, and put
 * them before the rest, which keep Pagefind's order.
 */
export async function rerank(query: string, results: readonly Hit[], depth = RERANK_DEPTH): Promise<RankedResults> {
  const head = results.slice(0, depth);
  const data = await Promise.all(head.map((result) => result.data()));
  const order = wholeWordOrder(query, data.map(rankedText));
  return { results: [...order.map((index) => head[index]!), ...results.slice(depth)], data: order.map((index) => data[index]!) };
}
