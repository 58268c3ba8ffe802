import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemePrefix } from '../../../src/util/grapheme-prefix.ts';

/** The definition: whole graphemes, as Intl.Segmenter cuts them, up to `max` units. */
function bySegmenter(text: string, max: number): string {
  let end = 0;
  for (const { index, segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

describe('graphemePrefix', () => {
  it('never cuts an accent, an emoji or CR LF off the grapheme before it, ASCII text or not', () => {
    expect(graphemePrefix('abcde\u0301f', 5)).toBe('abcd');
    expect(graphemePrefix('abcd\r\nef', 5)).toBe('abcd');
    expect(graphemePrefix('abc\u{1F44D}\u{1F3FD}de', 5)).toBe('abc');
    expect(graphemePrefix('plain text', 5)).toBe('plain');
  });

  it('agrees with the segmenter on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', ' ', '.', '\r', '\n', '\r\n', '\u0301', '\u200d', '\u{1F44D}', '\u{1F3FD}', 'é', '\u{1F1EB}\u{1F1F7}', '\ud83d');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(40), (parts, max) => {
        const text = parts.join('');
        expect(graphemePrefix(text, max)).toBe(bySegmenter(text, max));
      }),
    );
  });
});
