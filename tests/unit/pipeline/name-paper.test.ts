import { describe, expect, it } from 'vitest';
import { isPaperSlug } from '../../../src/util/ids.ts';
import { shortNameOf, slugify, uniqueSlug } from '../../../src/pipeline/name-paper.ts';

describe('slugify', () => {
  it.each([
    ['ControlAR: Controllable Image Generation with Autoregressive Models', 'controlar-controllable-image-generation-with-autoregressive'],
    ['2 OLMo 2 Furious', '2-olmo-2-furious'],
    ['HierSpeech++: Bridging the Gap', 'hierspeech-bridging-the-gap'],
    ['PanGu-α: Large-scale Autoregressive Pretrained Chinese Language Models', 'pangu-alpha-large-scale-autoregressive-pretrained-chinese'],
    ['Tülu 3: Pushing Frontiers in Open Language Model Post-Training', 'tulu-3-pushing-frontiers-in-open-language-model-post'],
    ['Straße, Æsir and Łódź', 'strasse-aesir-and-lodz'],
    ['  --Why?!--  ', 'why'],
    ['Lumina-mGPT: Illuminate Flexible Photorealistic Text-to-Image Generation', 'lumina-mgpt-illuminate-flexible-photorealistic-text-to-image'],
    // One word longer than the limit is cut inside the word rather than left empty.
    ['Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopic things', 'pneumonoultramicroscopicsilicovolcanoconiosispneumonoultrami'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts at a word, at most 60 characters', () => {
    const slug = slugify('Direct Discriminative Optimization: Your Likelihood-Based Visual Generative Model is Secretly a GAN Discriminator');
    expect(slug).toBe('direct-discriminative-optimization-your-likelihood-based');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it.each([['自回归模型综述'], ['نماذج الانحدار الذاتي'], ['🙂🙃'], ['…']])('never empty: %s gets a stable fallback', (title) => {
    const slug = slugify(title);
    expect(slug).toMatch(/^paper-[0-9a-f]{8}$/);
    expect(slugify(title)).toBe(slug);
    expect(slugify(`${title}!`)).not.toBe(slug);
  });

  // Slugs the site (a page number of the paper index) or Windows (a device name) refuses.
  it.each([
    ['2024年の自己回帰モデル', 'paper-2024'],
    ['２', 'paper-2'],
    ['404', 'paper-404'],
    ['CON', 'paper-con'],
    ['Nul', 'paper-nul'],
    ['COM1 ', 'paper-com1'],
    ['lpt9', 'paper-lpt9'],
    ['Aux: 1', 'aux-1'],
  ])('never mints a refused slug: %s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('always gives a valid slug', () => {
    for (const title of ['A', 'a'.repeat(200), 'Ω', '1', 'x--y', 'É'.repeat(70)]) expect(isPaperSlug(slugify(title))).toBe(true);
  });
});

describe('uniqueSlug', () => {
  it('is the readable slug when free', () => {
    expect(uniqueSlug('Policy-Guided Diffusion', new Set(['other']))).toBe('policy-guided-diffusion');
  });

  it('adds a suffix from the title hash on collision, the same whatever else is taken', () => {
    const first = uniqueSlug('Policy Guided Diffusion', new Set(['policy-guided-diffusion']));
    expect(first).toMatch(/^policy-guided-diffusion-[0-9a-f]{6}$/);
    expect(uniqueSlug('Policy Guided Diffusion', new Set(['policy-guided-diffusion', 'a', 'b']))).toBe(first);
    expect(uniqueSlug('Policy Guided Diffusion', new Set(['policy-guided-diffusion', first]))).toMatch(/^policy-guided-diffusion-[0-9a-f]{8}$/);
  });
});

describe('shortNameOf', () => {
  it.each([
    ['ControlAR: Controllable Image Generation with Autoregressive Models', 'ControlAR'],
    ['LANTERN: Accelerating Visual Autoregressive Models with Relaxed Speculative Decoding', 'LANTERN'],
    ['FastSpeech 2: Fast and High-Quality End-to-End Text to Speech', 'FastSpeech 2'],
    ['textTOvec: Deep Contextualized Neural Autoregressive Topic Models', 'textTOvec'],
    ['HierSpeech++: Bridging the Gap', 'HierSpeech++'],
    ['Distilled Decoding 1: One-step Sampling of Image Auto-regressive Models', 'Distilled Decoding 1'],
    ['Autoregressive Models in Vision: A Survey', undefined],
    ['To FP8 and Back Again: Quantifying the Effects of Reducing Precision', undefined],
    ['Stabilize the Latent Space for Image Autoregressive Modeling: A Unified Perspective', undefined],
    ['Scaling up Masked Diffusion Models on Text', undefined],
    [': A Title That Starts With a Colon', undefined],
  ])('%s → %s', (title, shortName) => {
    expect(shortNameOf(title)).toBe(shortName);
  });
});
