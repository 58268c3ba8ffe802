import { stemmer } from 'stemmer';
import type { PaperSlug } from '../util/ids.ts';
import type { Paper } from './paper.ts';
import { STOP_WORDS } from './stop-words.ts';

/** Another paper that reads like this one. */
export interface RelatedPaper {
  paper: PaperSlug;
  /** Cosine similarity of the two papers' term weights, in (0, 1]. */
  score: number;
  /** The 2–4 terms that tie them most, strongest first, as the papers write them ("speculative", "TTS"), not as stems. */
  terms: string[];
}

/** How many related papers each paper gets. */
export const RELATED_LIMIT = 5;
/** A title word counts as this many abstract words: a title says what the paper is about. */
const TITLE_WEIGHT = 3;
/** BM25's term-frequency saturation and length normalization (the usual values). */
const K1 = 1.2;
const B = 0.75;
/**
 * A term in more than half the papers (and more than MIN_COMMON papers;
 * "autoregressive" and "model" here) ties too many of them to tell anything:
 * it is skipped, which also keeps the inverted index's longest lists short.
 */
const COMMON_SHARE = 0.5;
const MIN_COMMON = 12;
/**
 * Papers must share at least this many terms, and reach this similarity, to
 * count as related: below it, two papers share only incidental words (on the
 * seed, pairs a reader would call related score 0.09 to 0.33).
 */
const MIN_SHARED = 2;
const MIN_SCORE = 0.08;
/** A tying term is shown when it carries at least this share of the strongest one's weight. */
const TERM_SHARE = 0.15;
const MAX_TERMS = 4;
/**
 * A paper's candidates are the papers sharing its QUERY_TERMS strongest terms
 * among those in at most QUERY_SHARE of the papers (and at least MIN_QUERY):
 * rarer terms find the same neighbours at a fraction of the cost. The best
 * CANDIDATES of them are then compared on every term.
 */
const QUERY_TERMS = 30;
const QUERY_SHARE = 0.05;
const MIN_QUERY = 20;
const CANDIDATES = 4 * RELATED_LIMIT;

/**
 * A word: letters and digits (one letter at least, two characters). A prefix
 * joined by a hyphen stays on its word, so "Auto-Regressive" is the word
 * "autoregressive" and "non-autoregressive" a word of its own.
 */
const WORD = /\b(?:(?:auto|bi|co|cross|de|inter|intra|meta|multi|non|post|pre|re|self|semi|sub|un)-)?[\p{L}\p{N}]+/giu;
/** Web addresses: their parts ("github", "com", "https") are not words of the paper. */
const URL = /\bhttps?:\/\/\S+/gu;

/** One paper as a weighted bag of terms, sorted by term id. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
  /** Positions in `terms` of its QUERY_TERMS strongest terms that other papers share: what finds its candidates. */
  query: Int32Array;
}

/**
 * Papers that read alike, for every paper: BM25 term weights over the title
 * (counted TITLE_WEIGHT times) and the abstract, Porter-stemmed, without stop
 * words and without terms most papers share, compared by cosine similarity.
 * Each paper gets at most RELATED_LIMIT others, best first (ties: slug), each
 * with the terms that tie them. Deterministic: a function of the papers alone.
 *
 * Cost: one pass over the text; then, for each paper, its QUERY_TERMS
 * strongest terms look up the papers holding them in an inverted index (at
 * most COMMON_SHARE of the papers each, and strong terms are rare ones), and
 * only the CANDIDATES best of those are compared term by term. The work grows
 * with papers × query terms × the length of their lists, never with every
 * pair of papers.
 */
export function relatedPapers(papers: readonly Paper[]): Map<PaperSlug, RelatedPaper[]> {
  const { vectors, postings, display } = indexTerms(papers);
  const scores = new Float64Array(papers.length);
  const related = new Map<PaperSlug, RelatedPaper[]>();
  const bySlug = (a: number, b: number): number => (papers[a]!.slug < papers[b]!.slug ? -1 : papers[a]!.slug > papers[b]!.slug ? 1 : 0);

  papers.forEach((paper, self) => {
    const vector = vectors[self]!;
    const touched: number[] = [];
    for (const index of vector.query) {
      const list = postings[vector.terms[index]!]!;
      const weight = vector.weights[index]!;
      for (let at = 0; at < list.papers.length; at++) {
        const other = list.papers[at]!;
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight * list.weights[at]!;
      }
    }
    const candidates = best(touched, CANDIDATES, (a, b) => scores[b]! - scores[a]! || bySlug(a, b));
    for (const other of touched) scores[other] = 0;

    const compared = candidates
      .map((other) => ({ other, ...compare(vector, vectors[other]!) }))
      .filter(({ score, common }) => common.length >= MIN_SHARED && score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || bySlug(a.other, b.other))
      .slice(0, RELATED_LIMIT);
    related.set(
      paper.slug,
      compared.map(({ other, score, common }) => ({ paper: papers[other]!.slug, score: round(score), terms: tyingTerms(common, display) })),
    );
  });
  return related;
}

/** The `limit` first items of `items` in `order`, without sorting them all. */
function best(items: readonly number[], limit: number, order: (a: number, b: number) => number): number[] {
  const kept: number[] = [];
  for (const item of items) {
    if (kept.length === limit && order(item, kept[limit - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(item, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** Cosine similarity of two unit vectors, and the terms they share with what each adds to it (summed in term order, so the same both ways). */
function compare(a: Vector, b: Vector): { score: number; common: Array<{ term: number; weight: number }> } {
  const common: Array<{ term: number; weight: number }> = [];
  let score = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    if (a.terms[i]! < b.terms[j]!) i++;
    else if (a.terms[i]! > b.terms[j]!) j++;
    else {
      const weight = a.weights[i++]! * b.weights[j++]!;
      common.push({ term: a.terms[i - 1]!, weight });
      score += weight;
    }
  }
  return { score, common };
}

/**
 * The terms that tie two papers, by the weight they add to the similarity:
 * at most MAX_TERMS, at least MIN_SHARED, weaker ones only while they carry
 * TERM_SHARE of the strongest one's weight.
 */
function tyingTerms(common: ReadonlyArray<{ term: number; weight: number }>, display: readonly string[]): string[] {
  const ordered = [...common].sort((x, y) => y.weight - x.weight || x.term - y.term);
  const strongest = ordered[0]?.weight ?? 0;
  return ordered
    .filter((entry, index) => index < MIN_SHARED || (index < MAX_TERMS && entry.weight >= TERM_SHARE * strongest))
    .map((entry) => display[entry.term]!);
}

/** Similarities to 4 decimals: enough to order them, and the same on every machine. */
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

interface Corpus {
  /** Each paper's unit-length BM25 vector, in paper order. */
  vectors: Vector[];
  /** For each term that may find candidates (in 2 papers to the query limit): those papers and their weights. */
  postings: Array<{ papers: Int32Array; weights: Float64Array } | undefined>;
  /** Each term as readers see it: the most frequent spelling of its stem. */
  display: string[];
}

/** Tokenize, stem and weigh every paper, and build the inverted index. */
function indexTerms(papers: readonly Paper[]): Corpus {
  const ids = new Map<string, number>();
  const spellings: Array<Map<string, number>> = [];
  const stems = new Map<string, string>();
  const counts: Array<Map<number, number>> = [];
  const lengths: number[] = [];
  const documentFrequency: number[] = [];

  for (const paper of papers) {
    const tf = new Map<number, number>();
    let length = 0;
    const add = (text: string, weight: number, spellingWeight: number): void => {
      for (const [word] of text.replace(URL, ' ').matchAll(WORD)) {
        const lower = word.toLowerCase().replace('-', '');
        if (lower.length < 2 || !/\p{L}/u.test(lower) || STOP_WORDS.has(lower)) continue;
        let stem = stems.get(lower);
        if (stem === undefined) stems.set(lower, (stem = stemmer(lower)));
        let id = ids.get(stem);
        if (id === undefined) {
          ids.set(stem, (id = ids.size));
          spellings.push(new Map());
          documentFrequency.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + weight);
        length += weight;
        const spelled = spellings[id]!;
        spelled.set(word, (spelled.get(word) ?? 0) + spellingWeight);
      }
    };
    // Spellings come from abstracts first: titles capitalize every word.
    add(paper.title, TITLE_WEIGHT, 1);
    add(paper.abstract, 1, 1_000);
    for (const id of tf.keys()) documentFrequency[id]! += 1;
    counts.push(tf);
    lengths.push(length);
  }

  const total = papers.length;
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(total, 1);
  const commonLimit = Math.max(MIN_COMMON, COMMON_SHARE * total);
  const queryLimit = Math.max(MIN_QUERY, QUERY_SHARE * total);
  const idf = documentFrequency.map((df) => Math.log(1 + (total - df + 0.5) / (df + 0.5)));
  const vectors = counts.map((tf, index): Vector => {
    const terms = Int32Array.from([...tf.keys()].filter((id) => documentFrequency[id]! <= commonLimit)).sort();
    const norm = averageLength ? lengths[index]! / averageLength : 1;
    const weights = Float64Array.from(terms, (id) => {
      const count = tf.get(id)!;
      return (idf[id]! * count * (K1 + 1)) / (count + K1 * (1 - B + B * norm));
    });
    const size = Math.hypot(...weights) || 1;
    const indexed = [...terms.keys()].filter((index) => documentFrequency[terms[index]!]! >= 2 && documentFrequency[terms[index]!]! <= queryLimit);
    const query = Int32Array.from(indexed.sort((a, b) => weights[b]! - weights[a]! || a - b).slice(0, QUERY_TERMS));
    return { terms, weights: weights.map((weight) => weight / size), query };
  });

  const postings: Corpus['postings'] = documentFrequency.map((df) => (df >= 2 && df <= queryLimit ? { papers: new Int32Array(df), weights: new Float64Array(df) } : undefined));
  const filled = new Int32Array(documentFrequency.length);
  vectors.forEach((vector, paper) => {
    vector.terms.forEach((term, index) => {
      const list = postings[term];
      if (!list) return;
      list.papers[filled[term]!] = paper;
      list.weights[filled[term]!] = vector.weights[index]!;
      filled[term]! += 1;
    });
  });

  const display = spellings.map((spelled) => [...spelled].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))[0]![0]);
  return { vectors, postings, display };
}
