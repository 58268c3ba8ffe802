import { describe, expect, it } from 'vitest';
import { formatMessage, isError, MessageError } from '../../../src/util/message.ts';

describe('formatMessage: one form for ingest, check and the build', () => {
  it.each([
    ['a file alone', { file: 'seeds', reason: 'no such folder; pass --seeds DIR' }, 'seeds: no such folder; pass --seeds DIR'],
    ['a line without a column, at column 1', { file: 'seeds/x.txt', line: 3, reason: 'r' }, 'seeds/x.txt:3:1: r'],
    ['a warning says so', { file: 'x.mdx', line: 2, column: 8, severity: 'warning' as const, reason: 'r' }, 'x.mdx:2:8: warning: r'],
    ['a note says so', { file: 'x.mdx', severity: 'info' as const, reason: 'r' }, 'x.mdx: info: r'],
    ['the rule, then the fix on its own line', { file: 'x.mdx', line: 2, column: 8, reason: 'r', rule: 'schema', fix: 'f' }, 'x.mdx:2:8: r [schema]\n  fix: f'],
  ])('%s', (_case, message, text) => {
    expect(formatMessage(message)).toBe(text);
  });

  it('counts a message without a severity as an error', () => {
    expect([{ file: 'a', reason: 'r' }, { file: 'b', reason: 'r', severity: 'warning' as const }].map(isError)).toEqual([true, false]);
  });

  it('throws messages as one error whose text is each of them formatted', () => {
    const error = new MessageError([{ file: 'a.md', line: 1, reason: 'one' }, { file: 'b.md', reason: 'two', fix: 'f' }]);
    expect(error.message).toBe('a.md:1:1: one\nb.md: two\n  fix: f');
    expect(error.messages).toHaveLength(2);
  });
});
