/**
 * The worker thread of src/site/prescore-topics.ts: scores the papers as
 * the atlas would and writes the topic cache, then works out the related
 * papers and the term vectors and answers with them.
 */
import { parentPort } from 'node:worker_threads';
import { termVectors } from '../knowledge/read-first.ts';
import { relatedPapers } from '../knowledge/related-papers.ts';
import type { Topic } from '../knowledge/topics.ts';
import { papersKey, type ThreadResult } from './prescore-topics.ts';
import { cachedTopicScorer, corpusLearnedPart, type CachedPaper } from './topic-cache.ts';

const learned = await corpusLearnedPart();
// Trained while the loaders read: some paper needs it in every first build and after any change.
const model = learned.train();
// Should training fail, the atlas trains again and reports why; until then nothing is waiting on it.
model.catch(() => undefined);
const { papers, topics } = await new Promise<{ papers: CachedPaper[]; topics: Topic[] }>((given) => parentPort!.once('message', given));
const scorer = await cachedTopicScorer(papers, topics, { key: learned.key, train: () => model });
for (const item of papers) scorer.scoreOf(item.paper);
await scorer.save();
const plain = papers.map((item) => item.paper);
const result: ThreadResult = { papers: papersKey(papers), related: relatedPapers(plain), vectors: termVectors(plain) };
parentPort!.postMessage(result);
