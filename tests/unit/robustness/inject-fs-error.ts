/**
 * Loaded with `node --import` into a command under test: makes the file
 * system fail as a full disk or a read-only folder would, without needing
 * either. `INJECT_FS_ERROR=ENOSPC` (or EROFS, EACCES) and
 * `INJECT_FS_PATH=<part of a path>`: every fs/promises call that writes (or,
 * with `INJECT_FS_READS=1`, reads) a path containing it fails with that code,
 * as Node's own errors do (code, errno, syscall, path).
 */
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { constants } from 'node:os';

const code = process.env.INJECT_FS_ERROR!;
const part = process.env.INJECT_FS_PATH!;
const writes = ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rename', 'rm', 'unlink', 'copyFile', 'link'] as const;
const reads = ['readFile', 'readdir', 'open', 'stat', 'lstat'] as const;
const patched = process.env.INJECT_FS_READS ? [...writes, ...reads] : writes;

const table = fs as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
for (const name of patched) {
  const original = table[name]!;
  table[name] = (...args: unknown[]) => {
    const path = String(args[0]);
    if (!path.includes(part)) return original(...args);
    const errno = (constants.errno as Record<string, number>)[code] ?? 0;
    return Promise.reject(Object.assign(new Error(`${code}: injected failure, ${name} '${path}'`), { code, errno: -errno, syscall: name, path }));
  };
}
// ESM importers (`import { writeFile } from 'node:fs/promises'`) see the patched functions only after this.
syncBuiltinESMExports();
