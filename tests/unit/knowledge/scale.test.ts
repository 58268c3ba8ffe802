import { describe, expect, it } from 'vitest';
import { modelFor, readCorpus } from '../../../src/format/topic-corpus.ts';
import type { Paper } from '../../../src/knowledge/paper.ts';
import { relatedTopics } from '../../../src/knowledge/related.ts';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';
import { cpuTime } from '../cpu-time.ts';
import { contentPapers, contentTopics } from './content.ts';

const seed = await contentPapers();
const topics = await contentTopics();
const examples = await readCorpus('dev', new URL('../../..', import.meta.url).pathname);

/** `count` papers made of the seed's, each with an abstract of its own. */
const papersOf = (count: number): Paper[] =>
  Array.from({ length: count }, (_, index) => {
    const paper = seed[index % seed.length]!;
    return { ...paper, slug: `${paper.slug}-${index}` as PaperSlug, abstract: `${paper.abstract} Copy ${index}.` };
  });

describe('topics at the scale the site is built for', () => {
  it('derives 10,000 papers, rules and learned part, in time that grows with the number of papers', () => {
    const { result: model, seconds: training } = cpuTime(() => modelFor(examples, topics));
    const derive = (papers: readonly Paper[]) => cpuTime(() => deriveTopics(papers, topics, { model }));
    const small = derive(papersOf(2_000));
    const { result: membership, seconds } = derive(papersOf(10_000));
    // Processor time varies by half with what else the two cores run, so the test bounds growth and leaves the
    // 10 s budget of issue 8 to the measurement in the README (8-10 s for 10,000 papers on a quiet machine, with
    // about 1 s of training, which happens once per build). Linear growth is 5 times from 2,000 to 10,000 papers;
    // a pass over pairs of papers would be 25.
    expect(seconds / small.seconds, `${small.seconds.toFixed(1)} s for 2,000 papers, ${seconds.toFixed(1)} s for 10,000`).toBeLessThan(8);
    expect(training, 'training on the dev part').toBeLessThan(5);
    expect(membership.byPaper.size).toBe(10_000);
    expect(relatedTopics(membership).get('vision-ar' as never)!.length).toBeGreaterThan(0);
  }, 180_000);
});
