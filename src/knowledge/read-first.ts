import { stemmer } from 'stemmer';
import type { PaperSlug } from '../util/ids.ts';
import type { Paper } from './paper.ts';

/**
 * Words too common in abstracts to say what a paper is about. The stemmed
 * vocabulary that is left, weighted by how rare each stem is across the
 * site (tf-idf), describes a paper well enough to find a topic's centre.
 */
const STOP = new Set(
  ('a about above after all also an and any are as at be been both but by can could do does each for from had has have how however ' +
    'in into is it its may more most much new no not of on one only or other our over paper papers propose proposed results show shows ' +
    'such than that the their them then there these they this those through to two under use used using via was we well were what when ' +
    'where which while with within without work would approach method methods model models based')
    .split(' '),
);

/** A paper's words as a unit-length vector of stem ids and tf-idf weights. */
export interface TermVector {
  ids: Int32Array;
  weights: Float32Array;
}

function stems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}-]*\p{L}|\p{L}/gu) ?? []).filter((word) => word.length > 2 && !STOP.has(word)).map((word) => stemmer(word));
}

/**
 * Term vectors for every paper (title counted twice: it says what the paper
 * is about), computed once per build. Linear in the total length of the
 * texts; stored as typed arrays, about a kilobyte per paper.
 */
export function termVectors(papers: readonly Paper[]): Map<PaperSlug, TermVector> {
  const ids = new Map<string, number>();
  const counts = papers.map((paper) => {
    const count = new Map<number, number>();
    for (const stem of [...stems(paper.title), ...stems(paper.title), ...stems(paper.abstract)]) {
      let id = ids.get(stem);
      if (id === undefined) ids.set(stem, (id = ids.size));
      count.set(id, (count.get(id) ?? 0) + 1);
    }
    return count;
  });
  const spread = new Float64Array(ids.size);
  for (const count of counts) for (const id of count.keys()) spread[id]! += 1;
  const vectors = new Map<PaperSlug, TermVector>();
  papers.forEach((paper, index) => {
    const entries = [...counts[index]!].map(([id, times]) => [id, (1 + Math.log(times)) * Math.log(papers.length / spread[id]!)] as const);
    const norm = Math.hypot(...entries.map(([, weight]) => weight)) || 1;
    vectors.set(paper.slug, {
      ids: Int32Array.from(entries, ([id]) => id),
      weights: Float32Array.from(entries, ([, weight]) => weight / norm),
    });
  });
  return vectors;
}

/** Why a paper is among those to read first. */
export interface ReadFirst {
  paper: PaperSlug;
  /** `survey`: it reviews the field; `central`: its words are closest to the topic's as a whole. */
  reason: 'survey' | 'central';
}

const SURVEY_TITLE = /\b(?:survey|review|overview|tutorial|primer)\b/i;
const SURVEY_ABSTRACT = /\b(?:(?:this|our) (?:survey|review)|we (?:survey|review))\b/i;

/**
 * The papers to read first on a topic, at most `count`: its surveys, then
 * the members closest to the topic's centre (the cosine of a paper's vector
 * with the sum of the other members' vectors), which are the papers that
 * share most of the topic's own vocabulary rather than the ones that match
 * its rules loudest. Members keep their topic order among equals. Cost:
 * linear in the members' vector sizes.
 */
export function readFirst(members: readonly Paper[], vectors: ReadonlyMap<PaperSlug, TermVector>, count = 3): ReadFirst[] {
  const surveys = members.filter((paper) => SURVEY_TITLE.test(paper.title) || SURVEY_ABSTRACT.test(paper.abstract));
  const centre = new Map<number, number>();
  for (const paper of members) {
    const vector = vectors.get(paper.slug);
    vector?.ids.forEach((id, index) => centre.set(id, (centre.get(id) ?? 0) + vector.weights[index]!));
  }
  let centreNorm = 0;
  for (const total of centre.values()) centreNorm += total * total;
  // With v of unit length and C the sum over all members: v·(C − v) = v·C − 1 and |C − v|² = |C|² − 2 v·C + 1,
  // so leaving the paper itself out of the centre (or small topics would favour the longest paper) costs only |v|.
  const closeness = (paper: Paper): number => {
    const vector = vectors.get(paper.slug);
    if (!vector) return 0;
    let dot = 0;
    vector.ids.forEach((id, index) => (dot += vector.weights[index]! * (centre.get(id) ?? 0)));
    const rest = centreNorm - 2 * dot + 1;
    return rest > 1e-9 ? (dot - 1) / Math.sqrt(rest) : 0;
  };
  const central = members
    .filter((paper) => !surveys.includes(paper))
    .map((paper, order) => ({ paper, order, score: closeness(paper) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  return [
    ...surveys.map((paper): ReadFirst => ({ paper: paper.slug, reason: 'survey' })),
    ...central.map(({ paper }): ReadFirst => ({ paper: paper.slug, reason: 'central' })),
  ].slice(0, count);
}
