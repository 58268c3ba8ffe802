import { readdir } from 'node:fs/promises';
import { describeFsError, isFsError } from './fs-error.ts';
import type { Message } from './message.ts';
import { FileRefusal, readProjectFile } from './read-project-file.ts';

/**
 * A file of the repository, read whole (src/util/read-project-file.ts), or
 * the error saying why not: a folder, a pipe, a link out of the repository,
 * a file over the size cap, a file that cannot be read.
 */
export async function readOrRefuse(path: string, shown: string, root: string): Promise<Uint8Array | Message> {
  try {
    return await readProjectFile(path, root);
  } catch (error) {
    if (error instanceof FileRefusal) return { file: shown, severity: 'error', reason: error.message };
    if (isFsError(error)) return { file: shown, severity: 'error', reason: describeFsError(error) };
    throw error;
  }
}

/** The sorted names in a folder, or the error saying why it cannot be listed; `missing` when it does not exist. */
export async function listFolder(folder: string, shown: string, missing: string[] | string): Promise<string[] | Message> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if (!isFsError(error)) throw error;
    if (error.code === 'ENOENT') return typeof missing === 'string' ? { file: shown, severity: 'error', reason: missing } : missing;
    if (error.code === 'ENOTDIR') return { file: shown, severity: 'error', reason: 'is a file, not a folder' };
    return { file: shown, severity: 'error', reason: describeFsError(error) };
  }
}
