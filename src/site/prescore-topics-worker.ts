/**
 * The worker thread of src/site/prescore-topics.ts: trains the learned
 * model with the topics, scores the papers as the atlas would and writes the
 * topic cache, then works out the related papers and the term vectors and
 * answers with them.
 */
import { parentPort } from 'node:worker_threads';
import type { Paper } from '../knowledge/paper.ts';
import { termVectors } from '../knowledge/read-first.ts';
import { relatedPapers } from '../knowledge/related-papers.ts';
import type { Topic } from '../knowledge/topics.ts';
import { papersKey, type ThreadResult } from './prescore-topics.ts';
import { cachedTopicScorer, corpusLearnedPart, type CachedPaper } from './topic-cache.ts';

/** The two messages, topics then papers, in the order they come: the second may arrive before the first is handled. */
const messages: unknown[] = [];
let waiting: ((message: unknown) => void) | undefined;
parentPort!.on('message', (message: unknown) => {
  if (waiting) waiting(message);
  else messages.push(message);
  waiting = undefined;
});
const next = <T>(): Promise<T> => new Promise((resolve) => (messages.length ? resolve(messages.shift() as T) : (waiting = resolve as (message: unknown) => void)));

const { topics } = await next<{ topics: Topic[] }>();
const learned = await corpusLearnedPart(topics);
// Trained while the papers are read: some paper needs it in every first build and after any change.
const model = learned.train();
// Should training fail, the atlas trains again and reports why; until then nothing is waiting on it.
model.catch(() => undefined);
const { papers } = await next<{ papers: CachedPaper[] }>();
const scorer = await cachedTopicScorer(papers, topics, { key: learned.key, train: () => model });
for (const item of papers) scorer.scoreOf(item.paper);
await scorer.save();
const plain: Paper[] = papers.map((item) => item.paper);
const result: ThreadResult = { papers: papersKey(papers), related: relatedPapers(plain), vectors: termVectors(plain) };
parentPort!.postMessage(result);
