import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/site/excerpt.ts';

describe('excerpt', () => {
  it.each([
    ['a short text stays whole', 'Short abstract.', 20, 'Short abstract.'],
    ['whitespace is collapsed', 'One\n  two.', 20, 'One two.'],
    ['whole sentences that fit', 'First one. Second one. Third sentence here.', 25, 'First one. Second one.'],
    ['"e.g." does not end a sentence', 'Models, e.g. the big ones, win. Then more text.', 35, 'Models, e.g. the big ones, win.'],
    ['a long first sentence is cut at a word', 'Autoregressive models generate tokens one at a time', 30, 'Autoregressive models…'],
  ])('%s', (_, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
    expect(excerpt(text, max).length).toBeLessThanOrEqual(max);
  });
});
