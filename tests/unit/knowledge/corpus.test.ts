import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/cli/topic-corpus.ts';
import { scoreTopics } from '../../../src/cli/topic-scores.ts';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import { contentTopics } from './content.ts';
import { requiredTopics } from './golden-topics.ts';

const root = new URL('../../..', import.meta.url).pathname;
const topics = await contentTopics();

/** Precision and recall of the rules alone on one part of the labelled corpus (tests/fixtures/topic-corpus/). */
async function measure(part: 'dev' | 'test') {
  const labelled = await readCorpus(part, root);
  const membership = deriveTopics(
    labelled.map((item) => item.paper),
    topics,
  );
  return scoreTopics(labelled, membership, requiredTopics);
}

/** The dev part, tuned on: floors a little under the figures measured when the rules were last changed. */
const devFloors: Record<string, { precision: number; recall: number }> = {
  'vision-ar': { precision: 0.85, recall: 0.85 },
  'speech-tts': { precision: 0.9, recall: 0.9 },
  'llm-inference': { precision: 0.9, recall: 0.9 },
  'diffusion-vs-ar': { precision: 0.9, recall: 0.85 },
};

/**
 * The held-out test part, never tuned on: the figures of its one measurement (npm run eval -- --test, after
 * tuning was finished), as floors so that no later change makes them worse unnoticed. They fall short of the
 * 0.85 the issue asks for on three topics; see the report in the commit that recorded them.
 */
const testFloors: Record<string, { precision: number; recall: number }> = {
  'vision-ar': { precision: 0.823, recall: 0.875 },
  'speech-tts': { precision: 1, recall: 0.823 },
  'llm-inference': { precision: 0.833, recall: 0.833 },
  'diffusion-vs-ar': { precision: 0.928, recall: 0.684 },
};

const dev = await measure('dev');
const test = await measure('test');

describe('topic membership on the labelled corpus', () => {
  it.each(requiredTopics)('%s: the dev part keeps its precision and recall', (topic) => {
    const row = dev.find((item) => item.topic === topic)!;
    expect(row.precision, `misses: ${row.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(devFloors[topic]!.precision);
    expect(row.recall, `misses: ${row.falseNegatives.join('; ')}`).toBeGreaterThanOrEqual(devFloors[topic]!.recall);
  });

  // Only the figures are compared: a failure must not print which held-out papers changed.
  it.each(requiredTopics)('%s: the held-out test part keeps its measured precision and recall', (topic) => {
    const row = test.find((item) => item.topic === topic)!;
    expect(row.precision >= testFloors[topic]!.precision, `precision ${row.precision.toFixed(3)}`).toBe(true);
    expect(row.recall >= testFloors[topic]!.recall, `recall ${row.recall.toFixed(3)}`).toBe(true);
  });
});
