import { describe, expect, it } from 'vitest';
import { createLeanReader } from '../../../src/knowledge/lean.ts';
import type { Paper } from '../../../src/knowledge/paper.ts';
import { leanRulesSchema } from '../../../src/schemas/topic.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';

const reader = createLeanReader(
  leanRulesSchema.parse({
    sides: [
      { name: 'diffusion', phrases: ['diffusion', 'flow matching'], inside: true },
      { name: 'autoregressive', phrases: ['auto-regressive', 'AR'], generic: ['language model'] },
    ],
    ahead: ['outperform*', 'more efficient', 'surpass*'],
    behind: ['lag* behind', 'suffer*'],
    hybrid: ['combin*', 'head'],
    neutral: ['compared-to', 'direct comparison'],
  }),
);
const paper = (title: string, abstract: string): Paper => ({ slug: 'p' as PaperSlug, title, abstract, curatedTopics: [], excludedTopics: [] });
const read = (title: string, abstract: string) => {
  const lean = reader.read(paper(title, abstract));
  return [lean.label, lean.sentence];
};

describe('the lean of a comparison paper', () => {
  it('reads "S beats O", and "<our model> beats O" where only the loser is named', () => {
    expect(read('A model', 'Background first. Diffusion models outperform autoregressive ones here.')).toEqual([
      'diffusion ahead',
      'Diffusion models outperform autoregressive ones here.',
    ]);
    expect(read('A diffusion model', 'Background first. It clearly outperforms autoregressive models.')).toEqual([
      'diffusion ahead',
      'It clearly outperforms autoregressive models.',
    ]);
  });

  it('never takes a side named after "compared to" for the subject', () => {
    expect(read('A masked model', 'Background first. Compared to diffusion models, our model is more efficient than anything.')[0]).toBe('unclear');
  });

  it('reads an AR model with a diffusion head as hybrid', () => {
    expect(read('An autoregressive image model', 'Background first. Each token comes from a small diffusion head on the AR model.')).toEqual([
      'hybrid or bridge',
      'Each token comes from a small diffusion head on the AR model.',
    ]);
  });

  it('quotes a sentence of the abstract, never the title alone', () => {
    const [label, sentence] = read('Autoregressive video diffusion', 'We make video. The AR backbone feeds a diffusion decoder.');
    expect(label).toBe('hybrid or bridge');
    expect(sentence).toBe('The AR backbone feeds a diffusion decoder.');
    expect(read('Diffusion outperforms autoregressive models', 'We run experiments on images.')[0]).toBe('unclear');
  });

  it('counts masked modelling as neither side', () => {
    expect(read('Masked generative transformers', 'Background first. Masked models outperform all baselines.')[0]).toBe('unclear');
  });

  it('reads a generic "language model" as autoregressive, unless it names the other side or the task', () => {
    expect(read('Token models', 'Background first. With this tokenizer, language models outperform diffusion models on video.')[0]).toBe('autoregressive ahead');
    expect(read('A model', 'Background first. Diffusion language models outperform our baseline.')[0]).toBe('unclear');
    expect(read('A model', 'Background first. Language models based on diffusion outperform our baseline.')[0]).toBe('unclear');
    expect(read('A model', 'Background first. We combine a language model with diffusion.')[0]).toBe('hybrid or bridge');
    expect(read('A model', 'Background first. We combine language modeling losses with diffusion.')[0]).toBe('unclear');
  });

  it('reads a hyphenated name of both sides as the paper\'s hybrid, never as one side winning', () => {
    expect(read('AR-Diffusion: autoregressive diffusion for text', 'Background first. AR-Diffusion outperforms existing diffusion models.')[0]).toBe('hybrid or bridge');
  });

  it('ignores the paper\'s model beating its own family, and reads the claim against the other', () => {
    expect(
      read('Diffusion large models', 'Background first. It outperforms earlier diffusion models and surpasses autoregressive models of its size.'),
    ).toEqual(['diffusion ahead', 'It outperforms earlier diffusion models and surpasses autoregressive models of its size.']);
  });

  it('takes the other family\'s weakness, in a paper titled for one side, for that side ahead', () => {
    expect(read('Latent diffusion for speech', 'Background first. Token systems use a language model and suffer from word skipping.')).toEqual([
      'diffusion ahead',
      'Token systems use a language model and suffer from word skipping.',
    ]);
  });
});
