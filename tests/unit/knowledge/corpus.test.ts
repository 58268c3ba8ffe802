import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/cli/topic-corpus.ts';
import { scoreTopics } from '../../../src/cli/topic-scores.ts';
import { createLeanReader } from '../../../src/knowledge/lean.ts';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import { contentTopics } from './content.ts';
import { requiredTopics } from './golden-topics.ts';

const root = new URL('../../..', import.meta.url).pathname;
const topics = await contentTopics();

/** The dev part of the labelled corpus (tests/fixtures/topic-corpus/), tuned on. */
const labelled = await readCorpus('dev', root);

/** Precision and recall of the rules alone on labelled papers. */
function measure(part: typeof labelled) {
  const membership = deriveTopics(
    part.map((item) => item.paper),
    topics,
  );
  return scoreTopics(part, membership, requiredTopics);
}

/**
 * The dev part, tuned on: floors just under the figures measured when the rules or the dev part last changed (the
 * third test part joined it on 2026-12-02, 464 papers, and the thresholds were lowered for recall), so that no
 * change makes them worse unnoticed.
 */
const devFloors: Record<string, { precision: number; recall: number }> = {
  'vision-ar': { precision: 0.87, recall: 0.89 },
  'speech-tts': { precision: 0.94, recall: 0.93 },
  'llm-inference': { precision: 0.95, recall: 0.9 },
  'diffusion-vs-ar': { precision: 0.95, recall: 0.85 },
};

/**
 * The held-out test part, never tuned on: floors at the figures of its one measurement (npm run eval -- --test,
 * after tuning had finished), so that no later change makes them worse unnoticed. Three topics fall short of
 * the 0.85 issue 8 asks for (see README, "How well it holds").
 */
const testFloors: Record<string, { precision: number; recall: number }> = {
  'vision-ar': { precision: 0.891, recall: 0.717 },
  'speech-tts': { precision: 0.846, recall: 0.977 },
  'llm-inference': { precision: 0.974, recall: 0.904 },
  'diffusion-vs-ar': { precision: 1, recall: 0.65 },
};

const dev = measure(labelled);
const test = measure(await readCorpus('test', root));

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

  it('reads the labelled lean of the dev part\'s diffusion-vs-ar papers, at least as often as when the rules were last changed', () => {
    const reader = createLeanReader(topics.find((topic) => topic.id === 'diffusion-vs-ar')!.lean!);
    const judged = labelled.filter((item) => item.lean);
    const agreed = judged.filter((item) => {
      const lean = reader.read(item.paper);
      return (lean.kind === 'ahead' ? `${lean.side}-ahead` : lean.kind) === item.lean;
    });
    // 62 of 97 when last measured (the dev part grew by the third test part, whose leans read worse).
    expect(agreed.length / judged.length).toBeGreaterThanOrEqual(0.63);
  });
});
