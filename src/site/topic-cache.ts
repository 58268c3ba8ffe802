import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS_DIR, trainCorpusModel } from '../format/topic-corpus.ts';
import type { Paper } from '../knowledge/paper.ts';
import type { TopicModel } from '../knowledge/topic-model.ts';
import { topicScorer, type PaperTopics, type Topic } from '../knowledge/topics.ts';

/**
 * Where the last build's per-paper topic results are kept: beside Astro's
 * own content cache (node_modules/.astro/), which `astro build` runs from.
 */
const CACHE_FILE = join(process.cwd(), 'node_modules/.astro/ar-atlas-topics.json');

/** The learned part of topic membership: what it is trained on (its identity), and how to train it. */
export interface LearnedPart {
  key: string;
  train: () => Promise<TopicModel | undefined>;
}

/**
 * The site's learned part: the model trained on the corpus's dev part
 * (src/format/topic-corpus.ts) with the relations of `topics`, keyed by that
 * file's text (the topics are in the cache key already). It is trained only
 * when a paper needs scoring.
 */
export async function corpusLearnedPart(topics: readonly Topic[]): Promise<LearnedPart> {
  const corpus = await readFile(join(CORPUS_DIR, 'dev.yaml'), 'utf8').catch(() => '');
  return { key: corpus, train: () => trainCorpusModel(topics) };
}

interface CacheFile {
  /** A hash of every topic as the rules read it and of what the model learns from: any change to them invalidates every result. */
  topics: string;
  /** Per paper: its slug, the digest of its content entry when it was scored, and the result. */
  papers: Array<[string, string, PaperTopics]>;
}

/** A paper to score, and the digest of its content entry (its file, the site's code and the loader's inputs), when known. */
export interface CachedPaper {
  paper: Paper;
  digest: string | undefined;
}

/**
 * Topic scoring for the atlas that reuses the last build's result for
 * every paper whose content entry, topics and learned part's training data
 * are unchanged, and scores the rest (src/knowledge/topics.ts, topicScorer;
 * the model is trained only then). The entry's
 * digest (src/site/paper-loader.ts) covers the file's text and all of the
 * site's code, so a result is reused only where scoring again could not
 * give another one; JSON keeps every string and number exactly, so pages
 * are byte-identical either way. At 10,000 papers scoring takes 6–9 s, the
 * largest part of rebuilding the atlas after one paper changed.
 *
 * `save` writes what was used this time (replacing the file in one rename,
 * so a build running at the same time reads the old file or the new one).
 * A missing or unreadable file only means scoring every paper.
 */
export async function cachedTopicScorer(papers: readonly CachedPaper[], topics: readonly Topic[], learned: LearnedPart, cacheFile = CACHE_FILE) {
  const topicsKey = createHash('sha256').update(JSON.stringify(topics)).update('\0').update(learned.key).digest('hex');
  const last = await readFile(cacheFile, 'utf8')
    .then((text) => JSON.parse(text) as CacheFile)
    .catch(() => undefined);
  const previous = new Map(last?.topics === topicsKey ? last.papers.map(([slug, digest, result]) => [slug, { digest, result }] as const) : []);
  const digests = new Map(papers.map((item) => [item.paper.slug, item.digest]));
  // Training the model takes a while: only when some paper is not in the cache.
  const stale = papers.some((item) => item.digest === undefined || previous.get(item.paper.slug)?.digest !== item.digest);
  const score = topicScorer(topics, stale ? await learned.train() : undefined);
  const used: CacheFile['papers'] = [];
  let reused = 0;
  const scoreOf = (paper: Paper): PaperTopics => {
    const digest = digests.get(paper.slug);
    const kept = digest === undefined ? undefined : previous.get(paper.slug);
    let result: PaperTopics;
    if (kept && kept.digest === digest) {
      result = kept.result;
      reused++;
    } else {
      result = score(paper);
    }
    if (digest !== undefined) used.push([paper.slug, digest, result]);
    return result;
  };
  const save = async (): Promise<{ reused: number; scored: number }> => {
    // Every paper reused, and no other in the file: it holds exactly this already (the build's topic thread wrote it).
    if (reused === used.length && previous.size === used.length && used.length === papers.length) return { reused, scored: 0 };
    const file: CacheFile = { topics: topicsKey, papers: used };
    const temporary = `${cacheFile}.${process.pid}`;
    await mkdir(join(cacheFile, '..'), { recursive: true });
    await writeFile(temporary, JSON.stringify(file));
    await rename(temporary, cacheFile);
    return { reused, scored: used.length - reused };
  };
  return { scoreOf, save };
}
