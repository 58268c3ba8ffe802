import type { TopicModel } from '../knowledge/topic-model.ts';
import { deriveTopics, type Topic, type TopicMembership } from '../knowledge/topics.ts';
import { modelFor, type LabelledPaper } from '../format/topic-corpus.ts';
import { scoreTopics, type TopicScore } from './topic-scores.ts';

/**
 * The blocks of the dev part, in the order they were written: the even-year
 * papers, then each test part retired into dev after its one measurement,
 * told apart by id prefix. A part retired later needs its own line here.
 */
const BLOCKS: ReadonlyArray<[name: string, ids: RegExp]> = [
  ['seventh test part', /^a[a-j]-/],
  // `x-vectors` is an even-year paper (the x-vector speaker embedding), not a sixth-part writer's prefix.
  ['sixth test part', /^(?!x-vectors$)[s-z]-/],
  ['fifth test part', /^[l-r]-/],
  ['fourth test part', /^[g-k]-/],
  ['third test part', /^[c-f]-/],
  ['second test part', /^[ab]-/],
];

/** The block of the dev part a labelled paper came from. */
export function blockOf(item: LabelledPaper): string {
  const block = BLOCKS.find(([, ids]) => ids.test(item.id ?? ''));
  if (block) return block[0];
  return (item.year ?? 0) % 2 === 0 ? 'even years' : 'first test part';
}

export interface Evaluation {
  seed?: TopicScore[];
  dev: TopicScore[];
  /** The dev part block by block, in the order of first appearance. */
  blocks: Array<[block: string, size: number, scores: TopicScore[]]>;
  test?: TopicScore[];
  /** The dev and test figures again, without the calls their writers marked borderline. */
  clear: { dev: TopicScore[]; test?: TopicScore[] };
}

export interface EvaluationInput {
  topics: readonly Topic[];
  /** Topic ids to score. */
  scored: readonly string[];
  seed?: readonly LabelledPaper[];
  dev: readonly LabelledPaper[];
  test?: readonly LabelledPaper[];
  /** Score the rules alone, without the learned model. */
  rulesOnly?: boolean;
}

/**
 * Precision and recall of topic membership against hand labels, derived as
 * the site derives it. The learned model never scores a paper whose label it
 * was trained on: each dev block is scored by a model trained on the other
 * blocks, the seed and the test part by one trained on the whole dev part
 * (the site's model).
 */
export function evaluateTopics(input: EvaluationInput): Evaluation {
  const derive = (part: readonly LabelledPaper[], examples: readonly LabelledPaper[]): TopicMembership => {
    const model: TopicModel | undefined = input.rulesOnly ? undefined : modelFor(examples, input.topics);
    return deriveTopics(
      part.map((item) => item.paper),
      input.topics,
      model ? { model } : {},
    );
  };
  const names = [...new Set(input.dev.map(blockOf))];
  const blocks = names.map((name) => {
    const part = input.dev.filter((item) => blockOf(item) === name);
    return { name, part, membership: derive(part, input.dev.filter((item) => blockOf(item) !== name)) };
  });
  const dev = { byPaper: new Map(blocks.flatMap((block) => [...block.membership.byPaper])) };
  const test = input.test ? derive(input.test, input.dev) : undefined;
  return {
    ...(input.seed ? { seed: scoreTopics(input.seed, derive(input.seed, input.dev), input.scored) } : {}),
    dev: scoreTopics(input.dev, dev, input.scored),
    blocks: blocks.map((block) => [block.name, block.part.length, scoreTopics(block.part, block.membership, input.scored)]),
    ...(input.test && test ? { test: scoreTopics(input.test, test, input.scored) } : {}),
    clear: {
      dev: scoreTopics(input.dev, dev, input.scored, true),
      ...(input.test && test ? { test: scoreTopics(input.test, test, input.scored, true) } : {}),
    },
  };
}
