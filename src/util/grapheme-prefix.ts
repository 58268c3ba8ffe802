const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The longest start of `text` that is whole graphemes (an emoji with its
 * modifiers, a flag, a letter with its accents) and at most `max` UTF-16
 * units long: a cut there never leaves half a surrogate pair or a lone
 * accent. The segmenter is lazy, so a long text costs only its first `max` units.
 */
export function graphemePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  if (printableAscii(text, max + 1)) return text.slice(0, max);
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/**
 * Whether the first `count` units are printable ASCII: each is then a
 * grapheme of its own, and none extends the one before it (combining marks,
 * joiners and CR LF are not among them), so the segmenter can be skipped.
 * It costs a tenth of segmenting; most abstracts are English.
 */
function printableAscii(text: string, count: number): boolean {
  for (let index = 0; index < count; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}
