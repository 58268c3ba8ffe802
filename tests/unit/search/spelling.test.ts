import { describe, expect, it } from 'vitest';
import { editDistance, isUnplaced, nearestWord } from '../../../src/client/spelling.ts';
import { vocabulary } from '../../../src/knowledge/vocabulary.ts';

describe('spelling correction of search words', () => {
  it.each([
    { a: 'difusion', b: 'diffusion', distance: 1 },
    { a: 'autoregresive', b: 'autoregressive', distance: 1 },
    { a: 'fastspeach', b: 'fastspeech', distance: 1 },
    { a: 'tokenzier', b: 'tokenizer', distance: 1 },
    { a: 'speculatve', b: 'speculative', distance: 1 },
    { a: 'difusoin', b: 'diffusion', distance: 2 },
    { a: 'decoding', b: 'encoding', distance: 2 },
  ])('$a is $distance edit(s) from $b', ({ a, b, distance }) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('model', 'tokenizer', 2)).toBe(3);
  });

  const words = vocabulary([
    'Diffusion models and diffusion transformers differ.',
    'Diffusion beats autoregressive models? Direct comparison.',
    'Different distributions, directly.',
  ]);

  it('keeps one list per two-letter start, most widespread word first', () => {
    expect(words.get('di')).toEqual(['diffusion', 'differ', 'different', 'direct', 'directly', 'distributions']);
    expect([...words.keys()]).toEqual(['au', 'be', 'co', 'di', 'mo', 'tr']);
  });

  it.each([
    { word: 'difusion', nearest: 'diffusion' },
    { word: 'Difusion', nearest: 'diffusion' },
    { word: 'diferent', nearest: 'different' },
    { word: 'dxyz', nearest: undefined },
    { word: 'distribution', nearest: 'distributions' },
  ])('corrects $word to $nearest', ({ word, nearest }) => {
    expect(nearestWord(word, words.get('di')!)).toBe(nearest);
  });

  it.each([
    { word: 'difusion', texts: ['Diffusion models'], unplaced: true },
    { word: 'specul', texts: ['speculative decoding'], unplaced: false },
    { word: 'diffusion', texts: ['masked diffusion'], unplaced: false },
    { word: 'FID', texts: [], unplaced: false },
    { word: 'S2D', texts: [], unplaced: false },
    { word: 'text-to-speech', texts: [], unplaced: false },
  ])('$word needs correcting after results $texts: $unplaced', ({ word, texts, unplaced }) => {
    expect(isUnplaced(word, texts)).toBe(unplaced);
  });
});
