import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { quotePath } from './quote.ts';

/**
 * The largest seed or content file read: 20 MiB. A listing of 10,000 papers
 * is about 15 MiB; more belongs in several files. Reading stops here
 * instead of filling memory from a 1 GB file or a link to /dev/zero.
 */
export const FILE_SIZE_MAX = 20 * 1024 * 1024;

/** Why a project file was not read, in words that follow its path: `seeds/x.txt: <reason>`. */
export class FileRefusal extends Error {
  override name = 'FileRefusal';
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

function kind(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Read a file of the project whole, refusing what is not a plain file inside
 * it: a folder, a pipe or a device (which would block or never end), a link
 * that leads outside `root`, and a file over FILE_SIZE_MAX.
 * @throws FileRefusal saying which, and what to do instead.
 */
export async function readProjectFile(path: string, root: string): Promise<Uint8Array> {
  if ((await lstat(path)).isSymbolicLink()) {
    const target = await realpath(path).catch(() => undefined);
    if (target === undefined) throw new FileRefusal('is a link to a file that does not exist');
    const inside = relative(await realpath(root), target);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new FileRefusal(`is a link to ${quotePath(target)}, outside the repository; copy the file into the repository instead`);
    }
  }
  const info = await stat(path);
  if (!info.isFile()) throw new FileRefusal(`is ${kind(info)}, not a file; expected a plain text file`);
  if (info.size > FILE_SIZE_MAX) throw new FileRefusal(`is ${mib(info.size)}; files are read whole, up to ${mib(FILE_SIZE_MAX)} each: split it into smaller files`);
  // O_NONBLOCK: if the file was swapped for a pipe since stat, opening it does not wait for a writer.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new FileRefusal(`is ${kind(opened)}, not a file; expected a plain text file`);
    if (opened.size > FILE_SIZE_MAX) throw new FileRefusal(`is ${mib(opened.size)}; files are read whole, up to ${mib(FILE_SIZE_MAX)} each: split it into smaller files`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
