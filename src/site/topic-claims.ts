import type { KeyNumber, KeyNumberKind } from '../knowledge/key-numbers.ts';
import type { Atlas, AtlasPaper } from './atlas.ts';
import type { AtlasTopic } from './atlas-topics.ts';

/** A chart of one kind of key number on a topic page. */
export interface ClaimChartSpec {
  title: string;
  /** What the bars are, and why they do not compare like a benchmark. */
  caption: string;
  kind: KeyNumberKind;
  /** Only numbers in this unit (`×`, `FID`). */
  unit: string;
  /** A log scale when claims span orders of magnitude (1.3× to 217.8×). */
  scale: 'log' | 'linear';
  /** Best first: the largest speed-up, the lowest FID. */
  order: 'largest first' | 'smallest first';
}

/** One bar: a paper and the number it claims. */
export interface ChartedClaim {
  paper: AtlasPaper;
  number: KeyNumber;
}

/** Bars per chart: a topic of 10,000 papers still gets a chart that fits a first visit. */
export const MAX_BARS = 15;

/** Which topic pages chart which claims. Another topic gets a chart by a line here. */
const CHARTS: Readonly<Record<string, ClaimChartSpec>> = {
  'llm-inference': {
    title: 'Claimed speed-ups',
    caption:
      "Speed-ups as each paper's abstract claims them. Every paper measured its own way, against its own baseline, on its own models, hardware and settings, so these are the authors' claims side by side, not a benchmark. Log scale; a range is drawn from its low to its high end.",
    kind: 'speedup',
    unit: '×',
    scale: 'log',
    order: 'largest first',
  },
  'vision-ar': {
    title: 'Reported FIDs',
    caption:
      "FIDs as each paper's abstract reports them; lower is better. Datasets, resolutions, model sizes and sampling settings differ from paper to paper, so these are the authors' claims side by side, not a leaderboard.",
    kind: 'metric',
    unit: 'FID',
    scale: 'linear',
    order: 'smallest first',
  },
};

/**
 * The claims a topic page charts: its members' key numbers of the chart's
 * kind and unit, best first (ties in the topic's order), at most
 * {@link MAX_BARS}; `total` counts them all. Undefined for a topic without a chart.
 */
export function topicClaims(atlas: Atlas, topic: AtlasTopic): { spec: ClaimChartSpec; claims: ChartedClaim[]; total: number } | undefined {
  const spec = CHARTS[topic.id];
  if (!spec) return undefined;
  const all = topic.members.flatMap((member) => {
    const paper = atlas.bySlug.get(member.paper)!;
    return paper.keyNumbers.filter((number) => number.kind === spec.kind && number.unit === spec.unit).map((number) => ({ paper, number }));
  });
  const sign = spec.order === 'largest first' ? -1 : 1;
  // A stable sort keeps the topic's own order among equal values.
  const sorted = all.toSorted((a, b) => sign * (a.number.value - b.number.value));
  return { spec, claims: sorted.slice(0, MAX_BARS), total: all.length };
}
