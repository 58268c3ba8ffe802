/**
 * `npm run eval [-- --details] [-- --test] [-- --folds]`
 *
 * How well topic membership agrees with hand labels: precision, recall and F1
 * of each required topic on the seed (tests/unit/knowledge/golden-topics.ts)
 * and on the dev part of the labelled corpus (content/topic-corpus/),
 * derived by the very deriveTopics the site runs, with contributors'
 * overrides stripped. `--details` adds the papers each topic gets wrong on
 * the seed and dev, to tune on. `--folds` adds the dev part's figures block by
 * block (the even-year papers, then each retired test part): a rule change
 * written while reading one block's failures should hold on the others too.
 *
 * The test part is held out: it is read only with `--test`, which adds its
 * figures and its confusion lists. Run it once tuning is finished, to report;
 * never tune rules on what it prints.
 */
import { parseArgs } from 'node:util';
import { readCorpus, type LabelledPaper } from '../src/format/topic-corpus.ts';
import type { TopicScore } from '../src/cli/topic-scores.ts';
import { readTopicFiles } from '../src/format/topic-file.ts';
import { createLeanReader } from '../src/knowledge/lean.ts';
import { evaluateTopics } from '../src/cli/topic-evaluation.ts';
import type { Topic } from '../src/knowledge/topics.ts';
import { contentPapers } from '../tests/unit/knowledge/content.ts';
import { golden, requiredTopics } from '../tests/unit/knowledge/golden-topics.ts';

const USAGE = 'usage: npm run eval [-- --details] [-- --test] [-- --folds] [-- --rules]';

function options(): { details: boolean; test: boolean; folds: boolean; rules: boolean } {
  try {
    const flag = { type: 'boolean', default: false } as const;
    return parseArgs({ options: { details: flag, test: flag, folds: flag, rules: flag } }).values;
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(1);
  }
}

/** The seed papers with their hand judgement, overrides stripped. */
async function seedPart(): Promise<LabelledPaper[]> {
  return (await contentPapers()).map((paper) => {
    const judgement = golden[paper.title];
    if (!judgement) throw new Error(`no hand judgement for the seed paper "${paper.title}" in tests/unit/knowledge/golden-topics.ts`);
    return {
      paper: { ...paper, curatedTopics: [], excludedTopics: [] },
      topics: judgement.topics,
      borderline: [],
      ...(judgement.lean ? { lean: judgement.lean } : {}),
    };
  });
}

/** Share of diffusion-vs-ar members (by label) whose derived lean is the labelled one. */
function leanAgreement(part: readonly LabelledPaper[], topics: readonly Topic[]): string {
  const reader = createLeanReader(topics.find((topic) => topic.id === 'diffusion-vs-ar')!.lean!);
  const judged = part.filter((item) => item.lean);
  const agreed = judged.filter((item) => {
    const lean = reader.read(item.paper);
    return (lean.kind === 'ahead' ? `${lean.side}-ahead` : lean.kind) === item.lean;
  });
  return `${agreed.length}/${judged.length}`;
}

const figure = (value: number): string => value.toFixed(3);

function table(parts: ReadonlyArray<[string, TopicScore[]]>): string {
  const names = parts.map(([name]) => `${name} P/R/F1 (n+)`);
  const width = Math.max(28, ...names.map((name) => name.length + 1));
  const header = ['topic'.padEnd(16), ...names.map((name) => name.padEnd(width))].join(' ');
  const rows = requiredTopics.map((topic) =>
    [
      topic.padEnd(16),
      ...parts.map(([, scores]) => {
        const row = scores.find((score) => score.topic === topic)!;
        return `${figure(row.precision)} ${figure(row.recall)} ${figure(row.f1)} (${row.truePositives + row.falseNegatives.length})`.padEnd(width);
      }),
    ].join(' '),
  );
  return [header, ...rows].join('\n');
}

function confusion(name: string, scores: readonly TopicScore[]): string {
  return scores
    .flatMap((row) => [
      ...row.falsePositives.map((title) => `${name} ${row.topic} false positive: ${title}`),
      ...row.falseNegatives.map((title) => `${name} ${row.topic} false negative: ${title}`),
    ])
    .join('\n');
}

const args = options();
const topics = (await readTopicFiles()).map((file) => file.topic);
const seed = await seedPart();
const dev = await readCorpus('dev');
const test = args.test ? await readCorpus('test') : undefined;
const evaluation = evaluateTopics({ topics, scored: requiredTopics, seed, dev, ...(test ? { test } : {}), rulesOnly: args.rules });
const parts: Array<[string, LabelledPaper[]]> = [['seed', seed], ['dev', dev], ...(test ? [['test', test] as [string, LabelledPaper[]]] : [])];
const scored: Array<[string, TopicScore[]]> = [['seed', evaluation.seed!], ['dev', evaluation.dev], ...(evaluation.test ? [['test', evaluation.test] as [string, TopicScore[]]] : [])];

process.stdout.write(`${table(scored)}\n`);
if (args.folds) process.stdout.write(`\n${table(evaluation.blocks.map(([block, size, scores]): [string, TopicScore[]] => [`${block} ${size}`, scores]))}\n`);
process.stdout.write(`diffusion-vs-ar lean agrees with the label: ${parts.map(([name, part]) => `${name} ${leanAgreement(part, topics)}`).join(', ')}\n`);
const clear: Array<[string, TopicScore[]]> = [['dev', evaluation.clear.dev], ...(evaluation.clear.test ? [['test', evaluation.clear.test] as [string, TopicScore[]]] : [])];
process.stdout.write(`\nclear calls only (a paper is left out of a topic's figures when its writer marked that call borderline):\n${table(clear)}\n`);
for (const [name, scores] of scored) {
  if (name === 'test' || args.details) {
    const lines = confusion(name, scores);
    if (lines) process.stdout.write(`\n${lines}\n`);
  }
}
if (!args.test) process.stdout.write('\n(test part held out: add -- --test only to report, once tuning is done)\n');
