import { describe, expect, it } from 'vitest';
import { fieldId, groupByField, OTHER_FIELD } from '../../../src/knowledge/fields.ts';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';
import { contentPapers, contentTopics } from './content.ts';
import { paper } from './made-paper.ts';


describe('grouping a topic\'s papers by field', () => {
  const fields = [
    { name: 'Images and video', topics: ['vision-ar'], phrases: ['image', 'video'] },
    { name: 'Text', topics: ['text-generation'], phrases: ['text', 'language model'] },
    { name: 'Motion', topics: [], phrases: ['motion'] },
  ];

  it('puts each paper in the field its other topics and words point to most, in the order of the fields', () => {
    const papers = [
      paper('captions', 'Diffusion for Image-to-Text Generation', 'We caption images with a diffusion language model; the text is decoded in parallel.'),
      paper('video', 'Long Video Generation', 'We generate long videos with rich motion.'),
      paper('dance', 'Dance Motion Synthesis', 'Motion from music; human motion with diffusion.'),
      paper('proof', 'A Proof About Orderings', 'Any-order models and their likelihoods.'),
    ];
    const topics: Record<string, string[]> = { captions: ['text-generation'], video: ['vision-ar'] };
    const groups = groupByField(papers, fields, (slug) => topics[slug] ?? []);
    expect(groups.map((group) => [group.name, group.papers])).toEqual([
      ['Images and video', ['video']],
      ['Text', ['captions']],
      ['Motion', ['dance']],
      [OTHER_FIELD, ['proof']],
    ]);
    expect(groups.map((group) => group.id)).toEqual(['field-images-and-video', 'field-text', 'field-motion', 'field-other-fields']);
  });

  it('gives a tie to the field listed first', () => {
    const groups = groupByField([paper('both', 'Video and Text', 'Nothing else.')], fields, () => []);
    expect(groups.map((group) => group.name)).toEqual(['Images and video']);
  });

  it('sorts the committed diffusion-vs-ar papers into the fields the topic file lists, every paper once', async () => {
    const papers = await contentPapers();
    const topics = await contentTopics();
    const membership = deriveTopics(papers, topics);
    const topic = topics.find((item) => item.id === 'diffusion-vs-ar')!;
    const members = membership.byTopic.get(topic.id)!.map((member) => papers.find((item) => item.slug === member.paper)!);
    const groups = groupByField(members, topic.fields!, (slug) => membership.byPaper.get(slug)!.map((item) => item.topic));
    expect(groups.flatMap((group) => group.papers).sort()).toEqual(members.map((item) => item.slug).sort());
    const fieldOf = new Map(groups.flatMap((group) => group.papers.map((slug) => [slug, group.name] as const)));
    // Read from the abstracts: BAMM generates motion, Pard graphs, CARP robot actions, LaDiC captions (text).
    expect(fieldOf.get('bamm-bidirectional-autoregressive-motion-model' as PaperSlug)).toBe('Motion');
    expect(fieldOf.get('pard-permutation-invariant-autoregressive-diffusion-for' as PaperSlug)).toBe('Graphs and molecules');
    expect(fieldOf.get('carp-visuomotor-policy-learning-via-coarse-to-fine' as PaperSlug)).toBe('Control and robotics');
    expect(fieldOf.get('ladic-are-diffusion-models-really-inferior-to-autoregressive' as PaperSlug)).toBe('Text');
  });

  it('makes a fragment id from a field name', () => {
    expect(fieldId('Speech and audio')).toBe('field-speech-and-audio');
    expect(fieldId('Graphs & molecules!')).toBe('field-graphs-molecules');
  });
});
