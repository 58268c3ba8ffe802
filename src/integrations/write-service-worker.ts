import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** What `writeServiceWorker` did, for the build log. */
export interface ServiceWorkerReport {
  /** Hash of the worker's code and every precached file's path and bytes: the cache's version. */
  version: string;
  /** URLs the worker precaches. */
  urls: string[];
  /** Their total size on disk. */
  bytes: number;
}

/** The worker's own file, written last and never precached. */
export const serviceWorkerFile = 'sw.js';

const template = new URL('./service-worker.js', import.meta.url);

/**
 * Write `<dir>/sw.js`, precaching every file in the built site under `base`
 * ('/' or '/atlas/'). Run it after Pagefind: the index is part of the
 * precache and of the version hash, so any change to a page or the index
 * gives a new cache name, and a byte-different worker the browser installs.
 */
export async function writeServiceWorker(dir: string, base: string): Promise<ServiceWorkerReport> {
  const files = (await listFiles(dir)).filter((file) => file !== serviceWorkerFile && !file.endsWith('.map'));
  const code = await readFile(template, 'utf8');
  // The worker's own code is part of the version too: a changed worker gets a fresh cache.
  const hash = createHash('sha256').update(code);
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(join(dir, file));
    bytes += content.length;
    hash.update(`${file}\0${createHash('sha256').update(content).digest('hex')}\n`);
  }
  const version = hash.digest('hex').slice(0, 16);
  // Each segment percent-encoded, so a file name with a space, '#', '?' or '%' still names itself.
  const urls = files.map((file) => base + file.replace(/(^|\/)index\.html$/, '$1').split('/').map(encodeURIComponent).join('/'));
  const constants = [
    // The base is part of the name, so /atlas/ and another site on the same origin never delete each other's caches.
    `const CACHE = ${JSON.stringify(`ar-atlas:${base}:${version}`)};`,
    `const BASE = ${JSON.stringify(base)};`,
    `const PRECACHE = ${JSON.stringify(urls)};`,
  ];
  await writeFile(join(dir, serviceWorkerFile), `${constants.join('\n')}\n${code}`);
  return { version, urls, bytes };
}

/** Every file under `dir`, as sorted '/'-separated paths relative to it, so the hash is the same on every OS. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
