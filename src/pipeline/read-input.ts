import { readdir } from 'node:fs/promises';
import { describeFsError, isFsError } from '../util/fs-error.ts';
import type { Message } from '../util/message.ts';
import { FileRefusal, readProjectFile } from '../util/read-project-file.ts';

const error = (file: string, reason: string): Message => ({ file, severity: 'error', reason });

/** A file's bytes, or the error message that says why it cannot be read (a folder, a link out of the repository, too big, a disk error). */
export async function readInput(path: string, shown: string, root: string): Promise<Uint8Array | Message> {
  try {
    return await readProjectFile(path, root);
  } catch (failure) {
    if (failure instanceof FileRefusal) return error(shown, failure.message);
    if (isFsError(failure)) return error(shown, describeFsError(failure));
    throw failure;
  }
}

/** Read files a few dozen at a time: in parallel, without running out of file handles on 10,000 papers. */
export async function readInputs(paths: readonly string[], shown: (path: string) => string, root: string, batch = 64): Promise<Array<Uint8Array | Message>> {
  const results: Array<Uint8Array | Message> = [];
  for (let start = 0; start < paths.length; start += batch) {
    results.push(...(await Promise.all(paths.slice(start, start + batch).map((path) => readInput(path, shown(path), root)))));
  }
  return results;
}

/** The names in a folder, sorted, or the error message saying why it cannot be listed; a missing folder is `missing` (names, or the reason to give). */
export async function listFolder(folder: string, shown: string, missing: string[] | string): Promise<string[] | Message> {
  try {
    return (await readdir(folder)).sort();
  } catch (failure) {
    if (!isFsError(failure)) throw failure;
    if (failure.code === 'ENOENT') return typeof missing === 'string' ? error(shown, missing) : missing;
    if (failure.code === 'ENOTDIR') return error(shown, 'is a file, not a folder');
    return error(shown, describeFsError(failure));
  }
}
