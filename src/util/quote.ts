/**
 * Characters that must not reach a terminal or a CI log raw: controls (a
 * newline would start a line a CI runner reads as a command, `::error`),
 * line and paragraph separators, and invisible format characters such as
 * right-to-left overrides, which reorder what a reader sees.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}]/gu;

const escape = (character: string): string => {
  const code = character.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** Text with every unsafe character written as its `\uXXXX` escape: always one line, shown as it is. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Seed text or a name as messages quote it: a JSON string, with unsafe characters escaped. */
export function quote(text: string): string {
  return escapeUnsafe(JSON.stringify(text));
}

/**
 * A file path as messages print it: as it is when it is plain, so editors
 * and CI still read `file:line:column`; quoted like seed text when it holds
 * a quote, a backslash, a colon or an unsafe character.
 */
export function quotePath(path: string): string {
  return /["\\:]/.test(path) || new RegExp(UNSAFE.source, 'u').test(path) ? quote(path) : path;
}
