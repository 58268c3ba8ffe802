/** The worker thread of src/site/prescore-topics.ts: scores the papers as the atlas would and writes the topic cache. */
import { workerData } from 'node:worker_threads';
import type { Topic } from '../knowledge/topics.ts';
import { cachedTopicScorer, corpusLearnedPart, type CachedPaper } from './topic-cache.ts';

const { papers, topics } = workerData as { papers: CachedPaper[]; topics: Topic[] };
const scorer = await cachedTopicScorer(papers, topics, await corpusLearnedPart());
for (const item of papers) scorer.scoreOf(item.paper);
await scorer.save();
