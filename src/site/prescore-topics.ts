import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { TermVector } from '../knowledge/read-first.ts';
import type { RelatedPaper } from '../knowledge/related-papers.ts';
import type { Topic } from '../knowledge/topics.ts';
import type { PaperSlug } from '../util/ids.ts';
import type { CachedPaper } from './topic-cache.ts';

const KEY = Symbol.for('ar-atlas.prescoreTopics');

/** What the thread answers once it has filled the topic cache. */
export interface ThreadResult {
  /** Which papers it read, in which order ({@link papersKey}). */
  papers: string;
  /** Their related papers (src/knowledge/related-papers.ts), which depend on every paper and on their order. */
  related: Map<PaperSlug, RelatedPaper[]>;
  /** Their term vectors, which pick the papers to read first on topic pages (src/knowledge/read-first.ts). */
  vectors: Map<PaperSlug, TermVector>;
}

/** A key for papers in order: their slugs and content digests. */
export function papersKey(papers: readonly CachedPaper[]): string {
  return createHash('sha256')
    .update(JSON.stringify(papers.map((item) => [item.paper.slug, item.digest ?? null])))
    .digest('hex');
}

interface State {
  worker?: Worker;
  /** Settles with its answer, or undefined when it failed or was stopped. */
  result?: Promise<ThreadResult | undefined>;
  papers?: readonly CachedPaper[] | undefined;
  topics?: readonly Topic[] | undefined;
  /** Whether the thread was given the topics (it trains the model with them at once), and then the papers. */
  topicsGiven: boolean;
  given: boolean;
}

interface Holder {
  [KEY]?: State;
}

const state = (): State => ((globalThis as Holder)[KEY] ??= { topicsGiven: false, given: false });

/**
 * Topic scoring, related papers and term vectors worked out in a worker
 * thread during the content sync and the bundling that follows it, instead
 * of inside the atlas, where every page waits for them (at 2,000 papers the
 * model's training, the scoring, the related papers and the term vectors
 * were 3.8 s of the 9 s before the first page was rendered; at 10,000 the
 * related papers and the term vectors alone are 6 s).
 *
 * The papers' loader starts the thread when a build begins. The topics'
 * loader offers the topics, which are read in a moment, and the thread trains
 * the learned model with them while the papers are still being read. The
 * papers' loader then offers the papers (the loaders run at once, so either
 * offer may come first); the thread scores the papers and fills the topic
 * cache (src/site/topic-cache.ts) exactly as the atlas would, then answers
 * with the related papers and the term vectors. The atlas awaits it
 * ({@link prescoredTopics}), then reads the cache as usual.
 *
 * It is only ever a head start: the cache is keyed by every topic, in the
 * order the atlas reads them, and by each paper's content digest, so if the
 * thread saw anything other than what the atlas sees, or failed, the atlas
 * finds no match and scores the papers itself, with the same result; and it
 * takes the related papers and term vectors only when the thread read the
 * same papers in the same order ({@link papersKey}), working them out itself
 * otherwise. The state lives on globalThis because content.config.ts, where
 * the loaders are, and the pages' bundle, where the atlas is, are separate
 * module graphs in one process. A dev server never starts the thread.
 */
export function startTopicThread(): void {
  const current = state();
  if (current.worker) return;
  const worker = new Worker(new URL('./prescore-topics-worker.ts', import.meta.url));
  // Waiting for the loaders, it must not keep a failed build's process alive.
  worker.unref();
  current.result = new Promise<ThreadResult | undefined>((done) => {
    worker.once('message', (result: ThreadResult) => {
      done(result);
      void worker.terminate();
    });
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  });
  current.worker = worker;
  give(current);
}

/** The papers as the atlas will read them (see {@link startTopicThread}). */
export function offerPapersForTopics(papers: readonly CachedPaper[]): void {
  const current = state();
  if (current.given) return;
  current.papers = papers;
  give(current);
}

/** The topics, in the order the atlas reads them (see {@link startTopicThread}). */
export function offerTopicsForScoring(topics: readonly Topic[]): void {
  const current = state();
  if (current.topicsGiven) return;
  current.topics = topics;
  give(current);
}

/** Hand the thread the topics as soon as both exist, then the papers. */
function give(current: State): void {
  if (!current.worker || !current.topics) return;
  if (!current.topicsGiven) {
    current.worker.postMessage({ topics: current.topics });
    current.topicsGiven = true;
  }
  if (!current.papers) return;
  current.worker.postMessage({ papers: current.papers });
  current.given = true;
  current.papers = undefined;
  current.topics = undefined;
  // Now it has work to finish, which the atlas will wait for.
  current.worker.ref();
}

/**
 * The thread's answer once it has written the topic cache; undefined at
 * once when it was never started or given nothing to do (it is stopped
 * then), or when it failed. The next build in the same process starts afresh.
 */
export function prescoredTopics(): Promise<ThreadResult | undefined> {
  const current = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  if (!current?.worker) return Promise.resolve(undefined);
  if (!current.given) void current.worker.terminate();
  return current.result!;
}
