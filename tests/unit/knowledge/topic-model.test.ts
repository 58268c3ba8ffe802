import { describe, expect, it } from 'vitest';
import { trainCorpusModel } from '../../../src/format/topic-corpus.ts';
import { explainMembership } from '../../../src/knowledge/explain.ts';
import { phrasePattern } from '../../../src/knowledge/phrase-pattern.ts';
import { trainTopicModel } from '../../../src/knowledge/topic-model.ts';
import { indexPaper } from '../../../src/knowledge/tokens.ts';
import { deriveTopics, type Topic } from '../../../src/knowledge/topics.ts';
import type { PaperSlug, TopicId } from '../../../src/util/ids.ts';
import { contentTopics } from './content.ts';
import { paper } from './made-paper.ts';


// A topic whose rules know only one phrase, and labelled examples that describe it in other words too.
const speech: Topic = {
  id: 'speech' as TopicId,
  title: 'speech',
  summary: 'About speech.',
  catchAll: false,
  rules: { threshold: 2, title: {}, abstract: { 'speech synthesis': 2 }, must: [], mustAlso: [], mustNot: ['sign language'], learned: { adds: 0.75, removes: 0 } },
};
/** The same topic where the model may also leave out a paper the rules admit. */
const doubting: Topic = { ...speech, rules: { ...speech.rules!, learned: { adds: 0.75, removes: 0.3 } } };
const other: Topic = { id: 'other' as TopicId, title: 'other', summary: 'Everything else.', catchAll: true };

const members = [
  'A vocoder turns mel spectrograms into waveforms for natural voices.',
  'Our vocoder renders waveforms from mel spectrograms in real time.',
  'Mel spectrograms are turned into waveforms by a neural vocoder with natural prosody.',
  'A vocoder that writes waveforms sample by sample from mel spectrograms.',
];
const others = [
  'Image classification with residual networks on ImageNet.',
  'Graph neural networks for molecule property prediction.',
  'Residual networks improve image classification accuracy.',
  'Molecule graphs are classified with message passing networks.',
];
const examples = [
  ...members.map((abstract) => ({ text: indexPaper({ title: 'A paper', abstract }), topics: ['speech'] })),
  ...others.map((abstract) => ({ text: indexPaper({ title: 'A paper', abstract }), topics: [] })),
];
const model = trainTopicModel(examples, ['speech']);

describe('the learned part of topic membership', () => {
  const newcomer = paper('newcomer', 'A new vocoder', 'We turn mel spectrograms into natural waveforms with a small vocoder.');
  const ruled = paper('ruled', 'Speech synthesis', 'A speech synthesis system.');
  const unrelated = paper('unrelated', 'Residual networks', 'Image classification with deeper residual networks.');

  it('adds a paper the rules leave out when it is worded like the labelled members, marked for review', () => {
    const membership = deriveTopics([newcomer, ruled, unrelated], [speech, other], { model });
    const added = membership.byPaper.get(newcomer.slug)!;
    expect(added.map((item) => item.topic)).toEqual(['speech']);
    expect(added[0]!.borderline).toBe(true);
    expect(added[0]!.learned!.probability).toBeGreaterThanOrEqual(speech.rules!.learned.adds);
    expect(explainMembership(added[0]!)).toMatch(/^worded like this topic's labelled papers: .*(vocoder|mel spectrograms|waveforms) \((title|abstract)\)/);
    expect(membership.byPaper.get(unrelated.slug)!.map((item) => item.topic)).toEqual(['other']);
  });

  it('never removes what the rules decide while the topic does not let it, nor marks it as learned', () => {
    const membership = deriveTopics([ruled], [speech, other], { model });
    const [only] = membership.byPaper.get(ruled.slug)!;
    expect(only!.topic).toBe('speech');
    expect(only!.learned).toBeUndefined();
    expect(explainMembership(only!)).toBe('matched: speech synthesis (abstract)');
  });

  it('leaves out a paper the rules admit when it is worded unlike the members, where the topic lets it, for review', () => {
    const odd = paper('odd', 'Residual networks', 'Speech synthesis helps nothing here: image classification with deeper residual networks on ImageNet.');
    expect(deriveTopics([odd], [speech, other], { model }).byPaper.get(odd.slug)!.map((item) => item.topic)).toEqual(['speech']);
    const worded = paper('worded', 'A vocoder', 'Speech synthesis with a vocoder that turns mel spectrograms into natural waveforms.');
    const membership = deriveTopics([odd, worded], [doubting, other], { model });
    expect(membership.byPaper.get(odd.slug)!.map((item) => item.topic)).toEqual(['other']);
    const [miss] = membership.nearMisses;
    expect(miss).toMatchObject({ paper: odd.slug, topic: 'speech', score: 2, threshold: 2 });
    expect(miss!.learned!.probability).toBeLessThan(0.3);
    // A paper worded like the members keeps what the rules gave it, and a contributor's `topics:` overrules the model.
    expect(membership.byPaper.get(worded.slug)!.map((item) => [item.topic, item.learned])).toEqual([['speech', undefined]]);
    const kept = { ...odd, curatedTopics: ['speech'] };
    expect(deriveTopics([kept], [doubting, other], { model }).byPaper.get(odd.slug)!.map((item) => [item.topic, item.curated])).toEqual([['speech', true]]);
  });

  it("respects the topic's mustNot and a paper's excludeTopics", () => {
    const barred = paper('barred', 'A vocoder for sign language', 'We turn mel spectrograms into natural waveforms with a vocoder.');
    const excluded = { ...newcomer, slug: 'excluded' as PaperSlug, excludedTopics: ['speech'] };
    const membership = deriveTopics([barred, excluded], [speech, other], { model });
    expect(membership.byPaper.get(barred.slug)!.map((item) => item.topic)).toEqual(['other']);
    expect(membership.byPaper.get(excluded.slug)!.map((item) => item.topic)).toEqual(['other']);
  });

  it('weighs a paper naming both sides of a comparison topic, and shows the two as the paper names them', () => {
    // Members name both families; each family alone is named as often by papers outside, in the same words.
    const scenes = ['We draw street scenes', 'We render indoor rooms', 'We paint mountain views', 'We compose portraits'];
    const labelled = scenes.flatMap((scene) => [
      { text: indexPaper({ title: 'A paper', abstract: `${scene} with a language model and diffusion.` }), topics: ['versus'] },
      { text: indexPaper({ title: 'A paper', abstract: `${scene} with diffusion.` }), topics: [] },
      { text: indexPaper({ title: 'A paper', abstract: `${scene} with a language model.` }), topics: [] },
    ]);
    const relation = { name: 'versus', sides: [[phrasePattern('diffusion')], [phrasePattern('language model')]] as const };
    const both = indexPaper({ title: 'A new system', abstract: 'We sketch city maps with a language model and diffusion.' });
    const alone = indexPaper({ title: 'A new system', abstract: 'We sketch city maps with diffusion.' });
    const related = trainTopicModel(labelled, ['versus'], [relation]);
    expect(related.probability(both, 'versus')!).toBeGreaterThan(0.5);
    expect(related.probability(alone, 'versus')!).toBeLessThan(0.5);
    expect(related.words(both, 'versus')).toContainEqual({ text: 'diffusion and language model', where: 'abstract' });
  });

  it('learns the same weights from the same examples, every time', () => {
    const again = trainTopicModel(examples, ['speech']);
    const text = indexPaper(newcomer);
    expect(again.probability(text, 'speech')).toBe(model.probability(text, 'speech'));
    expect(again.words(text, 'speech')).toEqual(model.words(text, 'speech'));
    expect(model.probability(text, 'unknown')).toBeUndefined();
  });

  it('is trained by the site on the dev part of the corpus, for the four required topics', async () => {
    const site = (await trainCorpusModel(await contentTopics(), new URL('../../..', import.meta.url).pathname))!;
    expect([...site.topics]).toEqual(['diffusion-vs-ar', 'llm-inference', 'speech-tts', 'vision-ar']);
    // A tokenizer paper in the words of tomorrow's papers, which the rules alone leave in "other".
    const tomorrow = paper(
      'tomorrow',
      'Scaling the vocabulary of visual tokenizers',
      'Tokenizers that quantize images into a grid of codes usually use only a small part of a large codebook. We initialise the codebook from pretrained features and update it with a projection, so nearly every code is used even with a hundred thousand entries. Reconstruction improves markedly, and a GPT-style generator trained on the resulting codes improves class-conditional ImageNet generation.',
    );
    const topics = await contentTopics();
    expect(deriveTopics([tomorrow], topics).byPaper.get(tomorrow.slug)!.map((item) => item.topic)).toEqual(['other']);
    const learned = deriveTopics([tomorrow], topics, { model: site }).byPaper.get(tomorrow.slug)!.find((item) => item.topic === 'vision-ar');
    expect(learned?.learned?.probability).toBeGreaterThanOrEqual(topics.find((topic) => topic.id === 'vision-ar')!.rules!.learned.adds);
  });
});
