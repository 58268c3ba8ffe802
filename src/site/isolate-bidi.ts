/** Characters that change the direction of the text after them: embeddings, overrides, isolates, marks. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Text that may hold bidi controls (a title opening with a right-to-left
 * override), wrapped in an isolate (U+2068 … U+2069) when it does, for the
 * places markup cannot isolate it: `<title>`, where " · AR Atlas" follows.
 * In HTML the element itself isolates it (`dir="auto"`, `<bdi>`).
 */
export function isolateBidi(text: string): string {
  return BIDI_CONTROL.test(text) ? `\u2068${text}\u2069` : text;
}
