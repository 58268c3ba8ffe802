import { describe, expect, it } from 'vitest';
import { countMatches, indexText, phrasePattern } from '../../../src/knowledge/phrase-pattern.ts';

const count = (phrase: string, text: string): number => countMatches(phrasePattern(phrase), indexText(text));

describe('phrasePattern', () => {
  it.each([
    // phrase, text, matches: one behaviour per row
    ['image', 'Image generation', 1],
    ['image', 'text-to-image and image-based models', 2],
    ['image', 'imagery and imagination', 0],
    ['model', 'two models', 1],
    ['policy', 'diffusion policies', 1],
    ['AR', 'AR models, (AR), AR-based', 3],
    ['AR', 'ARLON and ControlAR and the ar suffix', 0],
    ['LLM', 'LLMs and LLM-based serving', 2],
    ['TTS', 'tts', 0],
    ['auto-regressive', 'autoregressive, auto-regressive, Auto Regressive', 3],
    ['auto-regressive', 'non-autoregressive and Non Autoregressive', 0],
    ['non-autoregressive', 'non-autoregressive and Non-Autoregressive', 2],
    ['early exit', 'early-exit and early exits', 2],
    ['speculative', 'Speculative decoding', 1],
    ['accelerat*', 'accelerate, accelerating, acceleration', 3],
    ['KV', 'key-value (KV) cache', 1],
    ['lag* behind', 'lags behind, lagged behind', 2],
    ['text-to-speech', 'Text-to-Speech and text to speech', 2],
  ] as const)('%s in %j → %i', (phrase, text, expected) => {
    expect(count(phrase, text)).toBe(expected);
  });

  it('compiles once and can be reused on many texts', () => {
    const pattern = phrasePattern('diffusion');
    expect(countMatches(pattern, indexText('diffusion and diffusion'))).toBe(2);
    expect(countMatches(pattern, indexText('no match here'))).toBe(0);
    expect(countMatches(pattern, indexText('Diffusion'))).toBe(1);
  });
});
