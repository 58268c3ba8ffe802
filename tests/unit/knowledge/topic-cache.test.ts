import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/knowledge/paper.ts';
import { modelFor, readCorpus } from '../../../src/format/topic-corpus.ts';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import { cachedTopicScorer } from '../../../src/site/topic-cache.ts';
import { contentPapers, contentTopics } from './content.ts';

const root = new URL('../../..', import.meta.url).pathname;
/** The rules alone, as on a site without a topic corpus. */
const rulesOnly = { key: '', train: async () => undefined };

/** The seed's papers, each with a digest that changes when its text does (as its content entry's would). */
const withDigests = (papers: readonly Paper[]) => papers.map((paper) => ({ paper, digest: createHash('sha256').update(JSON.stringify(paper)).digest('hex') }));

describe('cachedTopicScorer', () => {
  it('reuses the last build for unchanged papers, scores a changed one, and derives exactly what scoring every paper derives', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'topic-cache-')), 'topics.json');
    const papers = await contentPapers();
    const topics = await contentTopics();

    const first = await cachedTopicScorer(withDigests(papers), topics, rulesOnly, file);
    expect(deriveTopics(papers, topics, {}, first.scoreOf)).toEqual(deriveTopics(papers, topics));
    expect(await first.save()).toEqual({ reused: 0, scored: papers.length });

    // One abstract edited: its digest changes, and so may its topics.
    const edited = papers.map((paper, index) => (index === 7 ? { ...paper, abstract: `${paper.abstract} We study speech synthesis with a TTS vocoder.` } : paper));
    const second = await cachedTopicScorer(withDigests(edited), topics, rulesOnly, file);
    const derived = deriveTopics(edited, topics, {}, second.scoreOf);
    expect(derived).toEqual(deriveTopics(edited, topics));
    expect(await second.save()).toEqual({ reused: papers.length - 1, scored: 1 });
    expect(derived.byPaper.get(edited[7]!.slug)!.map((membership) => membership.topic)).toContain('speech-tts');

    // Any change to a topic's rules scores every paper again.
    const retuned = topics.map((topic) => (topic.rules ? { ...topic, rules: { ...topic.rules, threshold: topic.rules.threshold + 1 } } : topic));
    const third = await cachedTopicScorer(withDigests(edited), retuned, rulesOnly, file);
    expect(deriveTopics(edited, retuned, {}, third.scoreOf)).toEqual(deriveTopics(edited, retuned));
    expect(await third.save()).toEqual({ reused: 0, scored: papers.length });

    // So does a change to what the learned part is trained on; with nothing to score, it is not trained at all.
    const model = modelFor(await readCorpus('dev', root), topics);
    let trained = 0;
    const learned = { key: 'dev part, version 2', train: async () => (trained++, model) };
    const fourth = await cachedTopicScorer(withDigests(edited), retuned, learned, file);
    expect(deriveTopics(edited, retuned, {}, fourth.scoreOf)).toEqual(deriveTopics(edited, retuned, { model }));
    expect(await fourth.save()).toEqual({ reused: 0, scored: papers.length });
    const fifth = await cachedTopicScorer(withDigests(edited), retuned, learned, file);
    expect(deriveTopics(edited, retuned, {}, fifth.scoreOf)).toEqual(deriveTopics(edited, retuned, { model }));
    expect(await fifth.save()).toEqual({ reused: papers.length, scored: 0 });
    expect(trained).toBe(1);
  });
});
