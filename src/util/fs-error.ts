/** A Node file-system error: `code` names what went wrong, `path` where. */
export interface FsError extends Error {
  code: string;
  path?: string;
  syscall?: string;
}

export function isFsError(error: unknown): error is FsError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && /^E[A-Z]+$/.test((error as FsError).code);
}

/** What a file-system error means for the person running the command, and what to do. */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device; free some space and run again',
  EDQUOT: 'the disk quota is used up; free some space and run again',
  EACCES: 'permission denied; make it readable and writable for you, or run from a copy you own',
  EPERM: 'operation not permitted; make it writable for you, or run from a copy you own',
  EROFS: 'the file system is read-only; run from a writable copy of the repository',
  ENOENT: 'does not exist',
  ENOTDIR: 'is not a folder',
  EISDIR: 'is a folder, not a file',
  EMFILE: 'too many open files; raise the limit (ulimit -n) and run again',
  EIO: 'input/output error from the disk',
};

/** `reason (CODE)` in a few words, for a one-line `file: reason` message. */
export function describeFsError(error: FsError): string {
  return `${REASONS[error.code] ?? error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')} (${error.code})`;
}
