import { describe, expect, it } from 'vitest';
import { extractKeyNumbers } from '../../../src/knowledge/key-numbers.ts';
import { keyNumberFigure, keyNumberText } from '../../../src/site/key-number-text.ts';

describe('keyNumberText', () => {
  it.each([
    ['It gives a 2.33× speed-up.', '2.33× speed-up', '2.33×'],
    ['RADD is up to 3.5 times faster.', 'up to 3.5× speed-up', '3.5×'],
    ['It is 3 to 4 times faster.', '3–4× speed-up', '3–4×'],
    ['It registers 1.78 FID.', 'FID 1.78', '1.78'],
    ['LaDiC reaches 38.2 BLEU@4.', 'BLEU@4 38.2', '38.2'],
    ['The policy reaches 85.3% accuracy.', 'accuracy 85.3%', '85.3%'],
    ['It brings up to a 25% relative improvement.', 'up to +25% improvement', '+25%'],
    ['It gives an improvement of at least 10 points.', 'at least +10 points improvement', '+10 points'],
    ['We release models at 7B scale.', '7B parameters', '7B'],
    ['It has up to 1.1 billion (B) parameters.', 'up to 1.1B parameters', '1.1B'],
    ['It has 350M parameters.', '350M parameters', '350M'],
    ['It reads 330B tokens.', '330B tokens', '330B'],
    ['It learns from 180k hours of audio.', '180k hours', '180k'],
    ['It learns from 500 hours of speech.', '500 hours', '500'],
    ['We collect 1.1TB high-quality Chinese data.', '1.1 TB of data', '1.1 TB'],
  ])('%s → %s', (abstract, text, figure) => {
    const [number] = extractKeyNumbers(abstract);
    expect(keyNumberText(number!)).toBe(text);
    expect(keyNumberFigure(number!)).toBe(figure);
  });
});
