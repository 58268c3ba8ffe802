import { isAbsolute, relative, sep } from 'node:path';
import { IngestLockHeld } from '../pipeline/ingest-lock.ts';
import { WriteAborted } from '../pipeline/write-plan.ts';
import { describeFsError, isFsError } from '../util/fs-error.ts';
import { escapeUnsafe, quotePath } from '../util/quote.ts';

/** A path as messages show it: from the repository root, or whole when it lies outside. */
function shown(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return quotePath(inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : inside.split(sep).join('/'));
}

/**
 * The one line a command prints for a failure that is not a bug: a file it
 * could not read or write (a full disk, a read-only folder, a file that is
 * a folder) as `file: reason`, or another ingest holding the lock. Undefined
 * for anything else, which is a bug and keeps its stack trace.
 */
export function oneLineFailure(error: unknown, cwd = process.cwd()): string | undefined {
  if (error instanceof IngestLockHeld) return escapeUnsafe(error.message);
  if (error instanceof WriteAborted && isFsError(error.cause)) return `${shown(error.path, cwd)}: ${describeFsError(error.cause)}; nothing was written`;
  if (!isFsError(error)) return undefined;
  return `${error.path ? shown(error.path, cwd) : (error.syscall ?? 'file system')}: ${describeFsError(error)}`;
}
