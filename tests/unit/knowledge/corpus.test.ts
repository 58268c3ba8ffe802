import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/format/topic-corpus.ts';
import { evaluateTopics } from '../../../src/cli/topic-evaluation.ts';
import { createLeanReader } from '../../../src/knowledge/lean.ts';
import { contentTopics } from './content.ts';
import { requiredTopics } from './golden-topics.ts';

const root = new URL('../../..', import.meta.url).pathname;
const topics = await contentTopics();

/** The dev part of the labelled corpus, tuned on. */
const dev = await readCorpus('dev', root);

/**
 * Membership as the site derives it, rules and learned model, scored as `npm run eval -- --test` scores it: each dev
 * block by a model trained on the other blocks, the test part by the model trained on all of dev.
 */
const evaluation = evaluateTopics({ topics, scored: requiredTopics, dev, test: await readCorpus('test', root) });

/**
 * The dev part, tuned on: floors just under the figures measured when the rules, the model or the dev part last
 * changed (the seventh test part joined it on 2026-12-02, 2,523 papers, and each topic's learned part may now leave
 * out papers the rules admit), so that no change makes them worse unnoticed.
 */
const devFloors: Record<string, { precision: number; recall: number }> = {
  'vision-ar': { precision: 0.86, recall: 0.8 },
  'speech-tts': { precision: 0.89, recall: 0.93 },
  'llm-inference': { precision: 0.88, recall: 0.84 },
  'diffusion-vs-ar': { precision: 0.87, recall: 0.86 },
};

/**
 * The held-out test part (the eighth, 1,263 papers), never tuned on: floors at the figures of its first measurement
 * (npm run eval -- --test, after the learned settings and a round of class rules chosen on the dev part), so that no
 * later change makes them worse unnoticed. Only speech-tts reaches the 0.85 precision and recall issue 8 asks for
 * (see README, "How well it holds").
 */
const testFloors: Record<string, { precision: number; recall: number }> = {
  'vision-ar': { precision: 0.754, recall: 0.74 },
  'speech-tts': { precision: 0.853, recall: 0.961 },
  'llm-inference': { precision: 0.809, recall: 0.792 },
  'diffusion-vs-ar': { precision: 0.834, recall: 0.854 },
};

describe('topic membership on the labelled corpus', () => {
  it.each(requiredTopics)('%s: the dev part keeps its precision and recall', (topic) => {
    const row = evaluation.dev.find((item) => item.topic === topic)!;
    expect(row.precision, `misses: ${row.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(devFloors[topic]!.precision);
    expect(row.recall, `misses: ${row.falseNegatives.join('; ')}`).toBeGreaterThanOrEqual(devFloors[topic]!.recall);
  });

  // Only the figures are compared: a failure must not print which held-out papers changed.
  it.each(requiredTopics)('%s: the held-out test part keeps its measured precision and recall', (topic) => {
    const row = evaluation.test!.find((item) => item.topic === topic)!;
    expect(row.precision >= testFloors[topic]!.precision, `precision ${row.precision.toFixed(3)}`).toBe(true);
    expect(row.recall >= testFloors[topic]!.recall, `recall ${row.recall.toFixed(3)}`).toBe(true);
  });

  it('reads the labelled lean of the dev part\'s diffusion-vs-ar papers, at least as often as when the rules were last changed', () => {
    const reader = createLeanReader(topics.find((topic) => topic.id === 'diffusion-vs-ar')!.lean!);
    const judged = dev.filter((item) => item.lean);
    const agreed = judged.filter((item) => {
      const lean = reader.read(item.paper);
      return (lean.kind === 'ahead' ? `${lean.side}-ahead` : lean.kind) === item.lean;
    });
    // 192 of 432 when last measured (the dev part grew by the fourth to seventh test parts, whose leans read worse:
    // 61 of the sixth part's 84 members are labelled hybrid, most of them pipelines that no sentence calls a combination).
    expect(agreed.length / judged.length).toBeGreaterThanOrEqual(0.44);
  });
});
