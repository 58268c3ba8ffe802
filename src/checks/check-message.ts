import { escapeUnsafe, quotePath } from '../util/quote.ts';

/** One problem `npm run check` found: where it is, what is wrong, and how to fix it. */
export interface CheckMessage {
  /** Path from the repository root (`content/papers/x.mdx`), or the address of a built page. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** 1-based column, when the problem has one. */
  column?: number;
  /** The rule that found it: the name of its file in src/checks/. */
  rule: string;
  /** What is wrong, naming the bad value. */
  reason: string;
  /** What to do about it, in words a contributor can act on. */
  fix: string;
}

/**
 * `file:line:column: reason [rule]` (the form editors and CI annotate),
 * then the fix on its own indented line. A file name with a newline or a
 * control character in it is quoted, and such characters anywhere else are
 * escaped, so no name or seed text can print a line of its own (a CI runner
 * reads a line `::error ...` as a command).
 */
export function formatMessage(message: CheckMessage): string {
  const file = quotePath(message.file);
  const place = message.line === undefined ? file : `${file}:${message.line}:${message.column ?? 1}`;
  return `${place}: ${escapeUnsafe(message.reason)} [${message.rule}]\n  fix: ${escapeUnsafe(message.fix)}`;
}
