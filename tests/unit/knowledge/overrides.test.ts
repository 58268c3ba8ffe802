import { describe, expect, it } from 'vitest';
import { explainMembership } from '../../../src/knowledge/explain.ts';
import { deriveTopics, TopicReferenceError, type Topic } from '../../../src/knowledge/topics.ts';
import type { PaperSlug, TopicId } from '../../../src/util/ids.ts';
import { paper } from './made-paper.ts';

const topic = (id: string, rules?: Partial<NonNullable<Topic['rules']>>): Topic => ({
  id: id as TopicId,
  title: id,
  summary: `About ${id}.`,
  catchAll: rules === undefined,
  ...(rules ? { rules: { threshold: 2, title: {}, abstract: {}, must: [], mustAlso: [], mustNot: [], learned: { adds: 0.75, removes: 0 }, ...rules } } : {}),
});


const topics = [
  topic('speech', { title: { speech: 3 }, abstract: { speech: 1, TTS: 2 } }),
  topic('inference', { title: { 'speculative decoding': 4 }, abstract: { 'speculative decoding': 2, LLM: 1 }, mustNot: ['non-autoregressive'] }),
  topic('other'),
];

const topicsOf = (membership: ReturnType<typeof deriveTopics>, slug: string) =>
  membership.byPaper.get(slug as PaperSlug)!.map((item) => ({ topic: item.topic, curated: item.curated }));

describe('deriveTopics', () => {
  const papers = [
    paper('tts', 'Fast speech synthesis', 'A TTS model for speech.'),
    paper('spec', 'Speculative decoding for LLMs', 'We apply speculative decoding to LLMs.'),
    paper('nar', 'Speculative decoding, no', 'A non-autoregressive model with speculative decoding.'),
    paper('misc', 'Something else', 'Nothing that matches.'),
  ];
  const membership = deriveTopics(papers, topics);

  it('scores each member and says which phrases matched where', () => {
    const [spec] = membership.byTopic.get('inference' as TopicId)!;
    expect(spec).toEqual({
      paper: 'spec',
      topic: 'inference',
      score: 7,
      curated: false,
      borderline: false,
      evidence: [
        { phrase: 'speculative decoding', text: 'speculative decoding', where: 'title', count: 1, points: 4 },
        { phrase: 'speculative decoding', text: 'speculative decoding', where: 'abstract', count: 1, points: 2 },
        { phrase: 'LLM', text: 'LLMs', where: 'abstract', count: 1, points: 1 },
      ],
    });
  });

  it('keeps out a paper with a mustNot phrase, and sends papers no rule matched to the catch-all', () => {
    expect(topicsOf(membership, 'nar')).toEqual([{ topic: 'other', curated: false }]);
    expect(topicsOf(membership, 'misc')).toEqual([{ topic: 'other', curated: false }]);
    expect(topicsOf(membership, 'tts')).toEqual([{ topic: 'speech', curated: false }]);
  });

  it('marks members within a point of the threshold as borderline and keeps papers just under it as near misses', () => {
    const result = deriveTopics([paper('close', 'x', 'A TTS model.'), paper('under', 'x', 'A speech model.'), paper('far', 'x', 'Nothing.')], topics);
    expect(result.byPaper.get('close' as PaperSlug)!.map((item) => [item.topic, item.score, item.borderline])).toEqual([['speech', 2, true]]);
    expect(membership.byPaper.get('tts' as PaperSlug)!.map((item) => item.borderline)).toEqual([false]);
    expect(result.nearMisses.map((miss) => [miss.paper, miss.topic, miss.score, miss.threshold, miss.evidence.map((item) => item.text)])).toEqual([
      ['under', 'speech', 1, 2, ['speech']],
    ]);
  });

  it('is deterministic: the same input gives the same result', () => {
    expect(deriveTopics(papers, topics)).toEqual(membership);
  });

  it('adds curated topics (shown as curated) and removes excluded ones', () => {
    const edited = [
      paper('tts', 'Fast speech synthesis', 'A TTS model for speech.', { excludedTopics: ['speech'], curatedTopics: ['inference'] }),
      paper('misc', 'Something else', 'Nothing that matches.', { curatedTopics: ['speech'] }),
    ];
    const result = deriveTopics(edited, topics);
    expect(topicsOf(result, 'tts')).toEqual([{ topic: 'inference', curated: true }]);
    expect(topicsOf(result, 'misc')).toEqual([{ topic: 'speech', curated: true }]);
    expect(result.byTopic.get('speech' as TopicId)!.map((item) => item.paper)).toEqual(['misc']);
  });

  it('lists curated papers first on a topic, then by score', () => {
    const result = deriveTopics(
      [paper('a', 'speech', 'speech speech'), paper('b', 'x', 'nothing', { curatedTopics: ['speech'] }), paper('c', 'speech', 'TTS speech speech speech')],
      topics,
    );
    expect(result.byTopic.get('speech' as TopicId)!.map((item) => item.paper)).toEqual(['b', 'c', 'a']);
  });
});

describe('deriveTopics errors', () => {
  it('names the file, the field and the unknown topic id, and suggests a near one', () => {
    const papers = [paper('x', 'T', 'A', { curatedTopics: ['speach'] }), paper('y', 'T', 'A', { excludedTopics: ['vision'] })];
    expect(() => deriveTopics(papers, topics)).toThrow(TopicReferenceError);
    expect(() => deriveTopics(papers, topics)).toThrowErrorMatchingInlineSnapshot(`
      [TopicReferenceError: content/papers/x.mdx: unknown topic "speach" in topics; known topics: speech, inference, other. Did you mean "speech"?
      content/papers/y.mdx: unknown topic "vision" in excludeTopics; known topics: speech, inference, other.]
    `);
  });

  it('uses the file the caller names', () => {
    const papers = [paper('x', 'T', 'A', { curatedTopics: ['nope'] })];
    expect(() => deriveTopics(papers, topics, { fileOf: () => 'out/x.mdx' })).toThrow(/^out\/x\.mdx: unknown topic "nope" in topics/);
  });

  it('refuses a topic both added and excluded', () => {
    const papers = [paper('x', 'T', 'A', { curatedTopics: ['speech'], excludedTopics: ['speech'] })];
    expect(() => deriveTopics(papers, topics)).toThrow(
      'content/papers/x.mdx: topic "speech" is in both topics and excludeTopics; keep it in one of them.',
    );
  });

  it('refuses two catch-all topics', () => {
    expect(() => deriveTopics([], [...topics, topic('leftovers')])).toThrow(
      'content/topics/other.md, content/topics/leftovers.md: only one topic may set catchAll: true.',
    );
  });
});

describe('explainMembership', () => {
  it('says which phrases matched where, strongest first, and marks curated papers', () => {
    const membership = deriveTopics(
      [
        paper('spec', 'Speculative decoding for LLMs', 'We apply speculative decoding to LLMs and LLMs.'),
        paper('hand', 'Unrelated', 'Nothing.', { curatedTopics: ['inference'] }),
        paper('misc', 'Unrelated', 'Nothing.'),
      ],
      topics,
    );
    const [hand, spec] = membership.byTopic.get('inference' as TopicId)!;
    expect(explainMembership(spec!)).toBe('matched: speculative decoding (title, abstract), LLMs (abstract \u00d72)');
    expect(explainMembership(hand!)).toBe('curated');
    expect(explainMembership(membership.byTopic.get('other' as TopicId)![0]!)).toBe('no topic rule matched');
  });
});
