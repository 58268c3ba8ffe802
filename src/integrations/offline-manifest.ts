import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { shardOf } from './shard-of.js';
import { hashedFiles, type SiteFile } from './site-files.ts';

/** What keeping a level of the site offline costs. */
export interface OfflineLevel {
  /** Files kept, the manifest's own lists included. */
  files: number;
  /** Bytes they take in the browser's storage. */
  bytes: number;
  /** Bytes to download them, compressed as a host sends them (see transfer-size.ts). */
  transfer: number;
}

export type OfflineLevelName = 'shell' | 'search' | 'everything';

/**
 * What a browser can keep offline, level by level: written to
 * offline/manifest.json for people and tools, and as the constant sw.js
 * starts with.
 */
export interface OfflineManifest {
  /** Hash of the worker's code and every file's revision: it changes whenever anything a reader can keep does. */
  version: string;
  /** The site's base path, with slashes on both ends. */
  base: string;
  /** Whether a first visit keeps the whole site (its transfer is within `wholeSiteLimit`) rather than the shell only. */
  wholeSite: boolean;
  wholeSiteLimit: number;
  /**
   * Cumulative. shell: what a first visit downloads (home, the indexes, search,
   * the offline pages, scripts and the search engine without its index);
   * search: plus every index, filter and fragment file, so every search works
   * offline; everything: plus every page and data file.
   */
  levels: Record<OfflineLevelName, OfflineLevel>;
  /** The shell, as [url, revision]: the revision is null when the URL carries the file's hash. */
  shell: [string, string | null][];
  /** URL of the search level's list, `[[url, transfer bytes], ...]` (each name carries its hash, so no revisions). */
  search: string;
  /**
   * Hashes of the revision shards: shard n is `${base}offline/site/${n}.${hash}.json`,
   * `{ url: [revision, transfer bytes] }` for every file of the site not in the
   * shell or the search level, a URL's shard given by shardOf(url, shards.length).
   */
  shards: string[];
  /** Source of a RegExp for paths (after the base) whose names carry their content's hash: hashedFiles. */
  hashed: string;
}

/** A file to write next to the site, path relative to the output directory. */
export interface OutputFile {
  file: string;
  content: string;
}

/** Pages a reader needs to find their way offline (home, the two indexes, search, the offline page and its fallback), and the icon. */
const shellFiles = new Set([
  'index.html',
  '404.html',
  'search/index.html',
  'papers/index.html',
  'topics/index.html',
  'offline/index.html',
  'offline/unsaved/index.html',
  'favicon.svg',
]);
/** Pagefind's engine: its script, wasm, entry file and metadata. The index itself loads as searches need it. */
const searchEngine = /^pagefind\/(?:pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/;
const searchIndex = /^pagefind\/(?:index|fragment|filter)\//;

/**
 * Files per revision shard. A reader who opens a page downloads its shard
 * once (about 2 KiB compressed at this size), so the worker can tell later
 * whether a new build changed that page; a smaller shard costs less per page,
 * a larger one fewer requests for "everything".
 */
const SHARD_FILES = 64;

/**
 * Sort the built site into the offline levels, split the rest's revisions
 * into shards, and price each level. `transfer` holds each file's compressed
 * size (transferSizes), `code` the worker's template (part of the version).
 */
export function planOffline(
  files: readonly SiteFile[],
  transfer: ReadonlyMap<string, number>,
  base: string,
  wholeSiteLimit: number,
  code: string,
): { manifest: OfflineManifest; outputs: OutputFile[] } {
  const price = (file: SiteFile) => transfer.get(file.file) ?? file.size;
  const shell = files.filter((file) => shellFiles.has(file.file) || file.file.startsWith('_astro/') || searchEngine.test(file.file));
  const search = files.filter((file) => searchIndex.test(file.file));
  const inShellOrSearch = new Set([...shell, ...search]);
  const rest = files.filter((file) => !inShellOrSearch.has(file));

  const searchList = JSON.stringify(search.map((file) => [file.url, price(file)]));
  const searchFile = `offline/search.${hash(searchList)}.json`;

  const shardCount = Math.max(1, Math.ceil(rest.length / SHARD_FILES));
  const shardEntries: Record<string, [string | null, number]>[] = Array.from({ length: shardCount }, () => ({}));
  for (const file of rest) shardEntries[shardOf(file.url, shardCount)]![file.url] = [file.revision, price(file)];
  const shardFiles = shardEntries.map((entries, index) => {
    const content = JSON.stringify(entries);
    const digest = hash(content);
    return { file: `offline/site/${index}.${digest}.json`, content, digest };
  });
  const shards = shardFiles.map((shard) => shard.digest);

  const listed = (level: OfflineLevel, content: string): OfflineLevel => ({
    files: level.files + 1,
    bytes: level.bytes + Buffer.byteLength(content),
    transfer: level.transfer + gzipSync(content).length,
  });
  const add = (level: OfflineLevel, more: readonly SiteFile[]): OfflineLevel =>
    more.reduce((sum, file) => ({ files: sum.files + 1, bytes: sum.bytes + file.size, transfer: sum.transfer + price(file) }), level);
  const shellLevel = add({ files: 0, bytes: 0, transfer: 0 }, shell);
  const searchLevel = listed(add(shellLevel, search), searchList);
  const everything = shardFiles.reduce((level, shard) => listed(level, shard.content), add(searchLevel, rest));

  const shellEntries = shell.map((file): [string, string | null] => [file.url, file.revision]);
  const version = hash(JSON.stringify([code, shellEntries, searchFile, shards]), 16);
  return {
    manifest: {
      version,
      base,
      wholeSite: everything.transfer <= wholeSiteLimit,
      wholeSiteLimit,
      levels: { shell: shellLevel, search: searchLevel, everything },
      shell: shellEntries,
      search: base + searchFile,
      shards,
      hashed: hashedFiles.source,
    },
    outputs: [{ file: searchFile, content: searchList }, ...shardFiles.map(({ file, content }) => ({ file, content }))],
  };
}

function hash(content: string, digits = 10): string {
  return createHash('sha256').update(content).digest('hex').slice(0, digits);
}
