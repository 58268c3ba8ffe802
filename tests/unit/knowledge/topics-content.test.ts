import { describe, expect, it } from 'vitest';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import { rulePhrases } from '../../../src/schemas/topic.ts';
import { contentPapers, contentTopics } from './content.ts';

const papers = await contentPapers();
const topics = await contentTopics();
const membership = deriveTopics(papers, topics);

/** Model names of the well-known papers in unseen-papers.ts and their usual rivals. */
const famousModels = ['VAR', 'LlamaGen', 'MaskGIT', 'DiT', 'Transfusion', 'LLaDA', 'Medusa', 'EAGLE', 'vLLM', 'PagedAttention',
  'VALL-E', 'Whisper', 'MusicGen', 'WaveNet', 'SoundStorm', 'GPT', 'GPT-3', 'LLaMA', 'Stable Diffusion', 'DALL-E', 'LDM', 'MAR'];

/** Every phrase a topic file uses, with where. */
function phrases(): Array<{ topic: string; phrase: string }> {
  return topics.flatMap((topic) => rulePhrases(topic).map(({ phrase }) => ({ topic: topic.id, phrase })));
}

const normalize = (text: string): string => text.toLowerCase().replace(/\*/g, '').replace(/[\s-]+/g, ' ').trim();

describe('content/topics', () => {
  it('has the four required topics and exactly one catch-all', () => {
    const ids = topics.map((topic) => topic.id);
    expect(ids).toEqual(expect.arrayContaining(['vision-ar', 'speech-tts', 'llm-inference', 'diffusion-vs-ar']));
    expect(topics.filter((topic) => topic.catchAll).map((topic) => topic.id)).toEqual(['other']);
  });

  it('puts every paper on at least one topic', () => {
    const orphans = papers.filter((paper) => membership.byPaper.get(paper.slug)!.length === 0).map((paper) => paper.title);
    expect(orphans).toEqual([]);
  });

  it('keeps the catch-all to at most 5 papers', () => {
    expect(membership.byTopic.get('other' as never)!.length).toBeLessThanOrEqual(5);
  });

  it('gives every topic at least two papers, so none is a disguised single paper', () => {
    const small = [...membership.byTopic].filter(([, members]) => members.length < 2).map(([id]) => id);
    expect(small).toEqual([]);
  });

  it('writes each summary as one paragraph', () => {
    for (const topic of topics) expect(topic.summary, topic.id).not.toMatch(/\n\s*\n/);
  });

  it('never names a paper or a model in a rule: rules describe the field', () => {
    const names = new Set([
      ...papers.flatMap((paper) => [paper.title, paper.shortName ?? '']).filter(Boolean).map(normalize),
      ...famousModels.map(normalize),
    ]);
    const offending = phrases().filter(({ phrase }) => names.has(normalize(phrase)));
    expect(offending).toEqual([]);
  });
});
