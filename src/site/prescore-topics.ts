import { Worker } from 'node:worker_threads';
import type { Topic } from '../knowledge/topics.ts';
import type { CachedPaper } from './topic-cache.ts';

const KEY = Symbol.for('ar-atlas.prescoreTopics');

interface Holder {
  [KEY]?: { papers?: readonly CachedPaper[]; topics?: readonly Topic[]; job?: Promise<void> };
}

const state = (): NonNullable<Holder[typeof KEY]> => ((globalThis as Holder)[KEY] ??= {});

/**
 * Topic scoring started as soon as the content sync has both collections,
 * in a worker thread, so it runs while Astro writes its data store and
 * bundles the site, on the core those leave free, instead of inside the
 * atlas, where every page waits for it (at 2,000 papers the model's
 * training and the scoring were 2.8 s of the 9 s before the first page).
 * The thread fills the topic cache (src/site/topic-cache.ts) exactly as
 * the atlas would; the atlas awaits it ({@link prescoredTopics}), then
 * reads the cache as usual. It is only ever a head start: the cache is
 * keyed by every topic, in the order the atlas reads them, and by each
 * paper's content digest, so if the thread saw anything other than what
 * the atlas sees, or failed, the atlas finds no match and scores the
 * papers itself, with the same result.
 *
 * The papers' loader offers its papers and the topics' loader its topics
 * (the two run at once, in either order); the thread starts on the second
 * offer. They live on globalThis because content.config.ts, where the
 * loaders are, and the pages' bundle, where the atlas is, are separate
 * module graphs in one process. A dev server never offers: it would start
 * a thread for every edit.
 */
export function offerPapersForTopics(papers: readonly CachedPaper[]): void {
  state().papers = papers;
  start();
}

/** The topics, in the topic collection's order (see {@link offerPapersForTopics}). */
export function offerTopicsForScoring(topics: readonly Topic[]): void {
  state().topics = topics;
  start();
}

/** Settles when the thread started by the loaders has written the topic cache, failed, or was never started. */
export function prescoredTopics(): Promise<void> {
  return state().job ?? Promise.resolve();
}

function start(): void {
  const current = state();
  if (!current.papers || !current.topics || current.job) return;
  const { papers, topics } = current;
  current.papers = undefined;
  current.topics = undefined;
  current.job = new Promise<void>((done) => {
    const worker = new Worker(new URL('./prescore-topics-worker.ts', import.meta.url), { workerData: { papers, topics } });
    // Any failure leaves the scoring to the atlas, which reports real problems (an unknown topic) with their file.
    worker.once('error', () => done());
    worker.once('exit', () => done());
  });
}
