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

  // A meta description is cut at 160 UTF-16 units; an emoji is two or more of them.
  it.each([
    ['an emoji (a surrogate pair)', '😀'],
    ['a family emoji joined by zero-width joiners', '👨‍👩‍👧'],
    ['a flag (two regional indicators)', '🇫🇷'],
    ['a letter with a combining accent', 'e\u0301'],
  ])('never cuts %s in half', (_, grapheme) => {
    // No space to cut at, and the 160-unit limit falls inside one of the graphemes.
    for (let pad = 150; pad < 160; pad++) {
      const text = `${'a'.repeat(pad)}${grapheme.repeat(10)}`;
      const cut = excerpt(text);
      expect(cut.length).toBeLessThanOrEqual(160);
      expect(cut.endsWith('…')).toBe(true);
      const kept = cut.slice(pad, -1);
      expect(kept).toBe(grapheme.repeat(kept.length / grapheme.length));
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});
