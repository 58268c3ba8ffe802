/**
 * The one message type: every problem or note that ingest, `npm run check`,
 * the content readers (src/format/) and the build report about a file. A
 * leaf module, so src/knowledge/ can throw it too without importing back.
 */
import { escapeUnsafe, quotePath } from './quote.ts';

export interface Message {
  /** Path from the repository root (`content/papers/x.mdx`, `seeds/x.txt`), or the address of a built page. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** 1-based column, when the problem has one. */
  column?: number;
  /** `error` (the default) stops a run; a `warning` is printed and the run goes on; `info` only with `--verbose`. */
  severity?: 'error' | 'warning' | 'info';
  /** What is wrong, naming the bad value. */
  reason: string;
  /** What to do about it, in words a contributor can act on. */
  fix?: string;
  /** The `npm run check` rule that found it: the name of its file in src/checks/. */
  rule?: string;
}

/**
 * `file:line:column: reason [rule]` (the form editors and CI annotate; a
 * warning or note says so before the reason), then the fix on its own
 * indented line. A file name holding a newline, a control character, a
 * quote or a colon is quoted, and such characters anywhere else are escaped
 * (src/util/quote.ts), so no file name or seed text can print a line of its
 * own (a CI runner reads a line `::error ...` as a command).
 */
export function formatMessage(message: Message): string {
  const file = quotePath(message.file);
  const place = message.line === undefined ? file : `${file}:${message.line}:${message.column ?? 1}`;
  const severity = message.severity === 'warning' || message.severity === 'info' ? `${message.severity}: ` : '';
  const rule = message.rule === undefined ? '' : ` [${message.rule}]`;
  const fix = message.fix === undefined ? '' : `\n  fix: ${escapeUnsafe(message.fix)}`;
  return `${place}: ${severity}${escapeUnsafe(message.reason)}${rule}${fix}`;
}

/** True for an error: a message without a severity is one. */
export function isError(message: Message): boolean {
  return (message.severity ?? 'error') === 'error';
}

/**
 * Messages thrown together: its text is each message formatted, one after
 * another, so an uncaught one still reads `file:line:column: reason`.
 */
export class MessageError extends Error {
  readonly messages: readonly Message[];
  constructor(messages: readonly Message[]) {
    super(messages.map(formatMessage).join('\n'));
    this.name = 'MessageError';
    this.messages = messages;
  }
}
