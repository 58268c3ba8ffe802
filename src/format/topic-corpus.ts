import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../knowledge/paper.ts';
import { relationsOf, trainTopicModel, type TopicModel } from '../knowledge/topic-model.ts';
import type { Topic } from '../knowledge/topics.ts';
import { indexPaper } from '../knowledge/tokens.ts';
import { topicCorpusSchema } from '../schemas/topic-corpus.ts';
import type { PaperSlug } from '../util/ids.ts';
import { readYamlFile } from './frontmatter.ts';
import { validateFrontmatter } from './validate-frontmatter.ts';

/**
 * The labelled topic corpus (content/topic-corpus/, described in its
 * README): well-known papers outside the seed with hand labels for the four
 * required topics, in a dev part, which rules are tuned on and the learned
 * model is trained on, and a held-out test part that only measures them.
 */
export const CORPUS_DIR = 'content/topic-corpus';

/** The parts of the corpus: `dev` may be tuned on; `test` is only ever measured. */
export type CorpusPart = 'dev' | 'test';

/** A paper with the hand judgement it is measured against. */
export interface LabelledPaper {
  paper: Paper;
  /** Required topic ids the paper belongs to. */
  topics: readonly string[];
  /** Required topic ids whose call could reasonably go the other way. */
  borderline: readonly string[];
  /** For diffusion-vs-ar members: `diffusion-ahead`, `autoregressive-ahead`, `hybrid` or `neutral`. */
  lean?: string;
  /** The corpus entry's id and publication year (the seed has none): what `npm run eval -- --folds` splits the dev part by. */
  id?: string;
  year?: number;
}

/** Read one part of the corpus under `root` (the repository). Slugs are `<part>-<id>`, unique across parts. */
export async function readCorpus(part: CorpusPart, root = '.'): Promise<LabelledPaper[]> {
  const file = join(root, CORPUS_DIR, `${part}.yaml`);
  const shown = `${CORPUS_DIR}/${part}.yaml`;
  const entries = validateFrontmatter(topicCorpusSchema, readYamlFile(await readFile(file, 'utf8'), shown), shown, 'src/schemas/topic-corpus.ts');
  return entries.map((entry) => ({
    paper: {
      slug: `${part}-${entry.id}` as PaperSlug,
      title: entry.title,
      abstract: entry.abstract.trim(),
      curatedTopics: [],
      excludedTopics: [],
    },
    topics: Object.keys(entry.topics ?? {}),
    borderline: entry.borderline ?? [],
    ...(entry.lean ? { lean: entry.lean } : {}),
    id: entry.id,
    year: entry.year,
  }));
}

/**
 * Every paper of the parts present under `root`, without labels: none when
 * the project has no corpus. For counts that must
 * not depend on which part a paper is in, such as `npm run check`'s topic-phrases.
 */
export async function corpusPapers(root = '.'): Promise<Paper[]> {
  const exists = (part: CorpusPart): Promise<boolean> => access(join(root, CORPUS_DIR, `${part}.yaml`)).then(() => true, () => false);
  const present = (['dev', 'test'] as const).map(async (part) => ((await exists(part)) ? readCorpus(part, root) : []));
  return (await Promise.all(present)).flat().map((item) => item.paper);
}

/**
 * The model that completes the topic rules (src/knowledge/topic-model.ts),
 * trained on labelled papers for every topic their labels name, with the
 * relations of the `topics` that have lean sides.
 */
export function modelFor(examples: readonly LabelledPaper[], topics: readonly Topic[]): TopicModel {
  const labelled = [...new Set(examples.flatMap((item) => item.topics))].sort();
  return trainTopicModel(examples.map((item) => ({ text: indexPaper(item.paper), topics: item.topics })), labelled, relationsOf(topics));
}

/**
 * The site's model: trained on the dev part under `root`; undefined when
 * there is no dev part (the rules then decide alone). The test part is
 * never trained on: it measures the model.
 */
export async function trainCorpusModel(topics: readonly Topic[], root = '.'): Promise<TopicModel | undefined> {
  const present = await access(join(root, CORPUS_DIR, 'dev.yaml')).then(() => true, () => false);
  return present ? modelFor(await readCorpus('dev', root), topics) : undefined;
}
