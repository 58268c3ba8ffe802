/**
 * `npm run eval [-- --details] [-- --test] [-- --folds]`
 *
 * How well topic membership agrees with hand labels: precision, recall and F1
 * of each required topic on the seed (tests/unit/knowledge/golden-topics.ts)
 * and on the dev part of the labelled corpus (tests/fixtures/topic-corpus/),
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
import { readCorpus, type LabelledPaper } from '../src/cli/topic-corpus.ts';
import { scoreTopics, type TopicScore } from '../src/cli/topic-scores.ts';
import { readTopicFiles } from '../src/format/topic-file.ts';
import { createLeanReader } from '../src/knowledge/lean.ts';
import { trainTopicModel, type LabelledText } from '../src/knowledge/topic-model.ts';
import { indexPaper } from '../src/knowledge/tokens.ts';
import { deriveTopics, type Topic, type TopicMembership } from '../src/knowledge/topics.ts';
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

const labelledText = (item: LabelledPaper): LabelledText => ({ text: indexPaper(item.paper), topics: item.topics });

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

/**
 * The block of the dev part a paper came from, in the order they were written:
 * the even-year papers, the first test part (odd years), the second test
 * part (ids `a-` and `b-`), the third (ids `c-` to `f-`), the fourth (`g-` to `k-`) and the fifth (`l-` to `r-`), each retired
 * into dev after its one measurement; a part retired later needs its own line here.
 */
function blockOf(item: LabelledPaper): string {
  if (/^[l-r]-/.test(item.id ?? '')) return 'fifth test part';
  if (/^[g-k]-/.test(item.id ?? '')) return 'fourth test part';
  if (/^[c-f]-/.test(item.id ?? '')) return 'third test part';
  if (/^[ab]-/.test(item.id ?? '')) return 'second test part';
  return (item.year ?? 0) % 2 === 0 ? 'even years' : 'first test part';
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
const test = args.test ? await readCorpus('test') : [];

/** Membership as the site derives it: the rules, plus the model trained on `examples` (none with --rules). */
function derive(part: readonly LabelledPaper[], examples: readonly LabelledPaper[]): TopicMembership {
  const model = args.rules ? undefined : trainTopicModel(examples.map(labelledText), requiredTopics);
  return deriveTopics(
    part.map((item) => item.paper),
    topics,
    model ? { model } : {},
  );
}

// Each dev block is scored by a model trained on the other blocks only, so no paper is scored by a model that saw
// its label; the seed and the test part by a model trained on the whole dev part, as the site's is.
const blocks = [...new Set(dev.map(blockOf))].map((block): [string, LabelledPaper[]] => [block, dev.filter((item) => blockOf(item) === block)]);
const byBlock = blocks.map(([, part]) => derive(part, dev.filter((item) => !part.includes(item))));
const devMembership = { byPaper: new Map(byBlock.flatMap((membership) => [...membership.byPaper])) };
const parts: Array<[string, LabelledPaper[]]> = [['seed', seed], ['dev', dev], ...(args.test ? [['test', test] as [string, LabelledPaper[]]] : [])];
const scored = parts.map(([name, part]): [string, TopicScore[]] => [name, scoreTopics(part, name === 'dev' ? devMembership : derive(part, dev), requiredTopics)]);

process.stdout.write(`${table(scored)}\n`);
if (args.folds) {
  process.stdout.write(`\n${table(blocks.map(([block, part], index): [string, TopicScore[]] => [`${block} ${part.length}`, scoreTopics(part, byBlock[index]!, requiredTopics)]))}\n`);
}
process.stdout.write(`diffusion-vs-ar lean agrees with the label: ${parts.map(([name, part]) => `${name} ${leanAgreement(part, topics)}`).join(', ')}\n`);
for (const [name, scores] of scored) {
  if (name === 'test' || args.details) {
    const lines = confusion(name, scores);
    if (lines) process.stdout.write(`\n${lines}\n`);
  }
}
if (!args.test) process.stdout.write('\n(test part held out: add -- --test only to report, once tuning is done)\n');
