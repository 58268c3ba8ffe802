import { describe, expect, it } from 'vitest';
import { findMatches, phrasePattern, quote } from '../../../src/knowledge/phrase-pattern.ts';
import { indexText } from '../../../src/knowledge/tokens.ts';
import { cpuTime } from '../cpu-time.ts';

const found = (phrase: string, text: string): string[] => {
  const indexed = indexText(text);
  return findMatches(phrasePattern(phrase), indexed).map((match) => quote(indexed, match));
};

describe('phrasePattern', () => {
  it.each([
    // phrase, text, the words found: one behaviour per row
    ['image', 'Image generation', ['image']],
    ['image', 'text-to-image and image-based models', ['image', 'image']],
    ['image', 'imagery and imagination', []],
    ['model', 'two models', ['models']],
    ['policy', 'diffusion policies', ['policies']],
    ['AR', 'AR models, (AR), AR-based', ['AR', 'AR', 'AR']],
    ['AR', 'ARLON and ControlAR and the ar suffix', []],
    ['LLM', 'LLMs and LLM-based serving', ['LLMs', 'LLM']],
    ['TTS', 'tts', []],
    ['tts', 'TTS', ['TTS']],
    ['auto-regressive', 'autoregressive, auto-regressive, Auto Regressive', ['autoregressive', 'auto-regressive', 'auto regressive']],
    ['auto-regressive', 'generates autoregressively; autoregression', ['autoregressively', 'autoregression']],
    ['autoregressive', 'an auto-regressive model', ['auto-regressive']],
    ['auto-regressive', 'non-autoregressive and Non Autoregressive', []],
    ['non-autoregressive', 'non-autoregressive and Non-Autoregressive and nonautoregressive', ['non-autoregressive', 'non-autoregressive', 'nonautoregressive']],
    ['early exit', 'early-exit, early exits and early exiting', ['early-exit', 'early exits', 'early exiting']],
    ['image generation', 'it generates high-quality images', ['generates high-quality images']],
    ['image generation', 'image quality. Generation is slow', []],
    ['image generation', 'images of a cat, with a dog and a ball, generated', []],
    ['text-to-image', 'text to image and Text-to-Image', ['text to image', 'text-to-image']],
    ['text-to-image', 'image-to-text captioning', []],
    ['speculative', 'Speculative decoding', ['speculative']],
    ['accelerat*', 'accelerate, accelerating, acceleration', ['accelerate', 'accelerating', 'acceleration']],
    ['KV', 'key-value (KV) cache', ['KV']],
    ['lag* behind', 'lags behind, lagged behind', ['lags behind', 'lagged behind']],
    ['pre-train*', 'pretrained and pre-training', ['pretrained', 'pre-training']],
    ['text-to-speech', 'Text-to-Speech and text to speech', ['text-to-speech', 'text to speech']],
    ['multi-query attention', 'multi-query attention and multiquery attention', ['multi-query attention', 'multiquery attention']],
  ] as const)('%s in %j → %j', (phrase, text, expected) => {
    expect(found(phrase, text)).toEqual(expected);
  });

  it('compiles once and can be reused on many texts', () => {
    const pattern = phrasePattern('diffusion');
    expect(findMatches(pattern, indexText('diffusion and diffusion'))).toHaveLength(2);
    expect(findMatches(pattern, indexText('no match here'))).toHaveLength(0);
    expect(findMatches(pattern, indexText('Diffusion'))).toHaveLength(1);
  });

  it('finds a word* compiled after the text was first searched', () => {
    const text = indexText('It accelerates decoding; outperforming both.');
    expect(findMatches(phrasePattern('accelerat*'), text)).toHaveLength(1);
    expect(findMatches(phrasePattern('outperform*'), text)).toHaveLength(1);
  });

  it('says which words each occurrence spans', () => {
    expect(findMatches(phrasePattern('speculative decoding'), indexText('We use speculative decoding.'))).toEqual([{ first: 2, last: 3 }]);
  });

  it('stays linear on an 80,000-character abstract', () => {
    const abstract = `${'the model lags and lags and behind it lags '.repeat(2_000)}lags behind.`;
    expect(abstract.length).toBeGreaterThan(80_000);
    const { result: [matches, acronym], seconds } = cpuTime(() => [
      findMatches(phrasePattern('lag* behind'), indexText(abstract)),
      findMatches(phrasePattern('AR'), indexText('-'.repeat(80_000))),
    ]);
    expect(matches.length).toBeGreaterThan(1);
    expect(acronym).toEqual([]);
    // Tens of milliseconds here; a backtracking expression took minutes on texts like this.
    expect(seconds).toBeLessThan(2);
  });
});
