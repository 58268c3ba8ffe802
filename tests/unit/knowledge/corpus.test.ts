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
 * Membership as the site derives it, rules and learned model, scored as `npm run eval -- --folds` scores it: each
 * dev block by a model trained on the other blocks. The eighth test part is not scored here until its first
 * measurement after tuning (`npm run eval -- --test`).
 */
const evaluation = evaluateTopics({ topics, scored: requiredTopics, dev });

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

describe('topic membership on the labelled corpus', () => {
  it.each(requiredTopics)('%s: the dev part keeps its precision and recall', (topic) => {
    const row = evaluation.dev.find((item) => item.topic === topic)!;
    expect(row.precision, `misses: ${row.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(devFloors[topic]!.precision);
    expect(row.recall, `misses: ${row.falseNegatives.join('; ')}`).toBeGreaterThanOrEqual(devFloors[topic]!.recall);
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
