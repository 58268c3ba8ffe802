const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The longest start of `text` that is whole graphemes (an emoji with its
 * modifiers, a flag, a letter with its accents) and at most `max` UTF-16
 * units long: a cut there never leaves half a surrogate pair or a lone
 * accent. The segmenter is lazy, so a long text costs only its first `max` units.
 */
export function graphemePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
