import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { OfflineManifest } from '../../src/integrations/offline-manifest.ts';
import { shardOf } from '../../src/integrations/shard-of.js';
import { builds, type BuiltSite, readSite } from './built-site.ts';

/** What a first visit may download in the background at any size (issue 13), and below which the whole site is kept. */
const FIRST_VISIT_BUDGET = 1.5 * 1024 * 1024;
const WHOLE_SITE = 2 * 1024 * 1024;

describe.each(builds)('the offline files of the built site $name', ({ key, base }) => {
  let site: BuiltSite;
  let manifest: OfflineManifest;
  let searchList: [string, number][];
  let shards: Record<string, [string | null, number]>[];

  const read = (file: string) => readFile(join(site.dir, file), 'utf8');
  /** The file a site URL is served from. */
  const fileOf = (url: string) => decodeURIComponent(url.slice(base.length)).replace(/(^|\/)$/, '$1index.html');

  beforeAll(async () => {
    site = await readSite(inject('sites')[key], base);
    manifest = JSON.parse(await read('offline/manifest.json')) as OfflineManifest;
    searchList = JSON.parse(await read(fileOf(manifest.search))) as [string, number][];
    shards = await Promise.all(
      manifest.shards.map(async (hash, index) => JSON.parse(await read(`offline/site/${index}.${hash}.json`)) as (typeof shards)[number]),
    );
  });

  it('starts sw.js with the manifest written to offline/manifest.json', async () => {
    expect(await read('sw.js')).toMatch(new RegExp(`^const OFFLINE = ${JSON.stringify(manifest).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')};\n`));
    expect(manifest.base).toBe(base);
  });

  it('names every file of the site once: in the shell, the search list or one revision shard', () => {
    const listed = [
      ...manifest.shell.map(([url]) => url),
      manifest.search,
      ...searchList.map(([url]) => url),
      ...manifest.shards.map((hash, index) => `${base}offline/site/${index}.${hash}.json`),
      ...shards.flatMap((shard) => Object.keys(shard)),
    ].map(fileOf);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([...site.files].filter((file) => file !== 'sw.js' && file !== 'offline/manifest.json'));
    expect(manifest.levels.everything.files).toBe(listed.length);
  });

  it('files each URL in the shard the worker will look in, at the revision of its content', async () => {
    for (const [index, shard] of shards.entries()) {
      for (const [url, [revision]] of Object.entries(shard)) {
        expect(shardOf(url, shards.length), url).toBe(index);
        const md5 = createHash('md5').update(await readFile(join(site.dir, fileOf(url)))).digest('hex');
        expect(md5.startsWith(revision ?? '-'), url).toBe(true);
      }
    }
  });

  it('keeps the shell to pages, scripts and the search engine, without the index, within the first-visit budget', () => {
    const shell = manifest.shell.map(([url]) => fileOf(url));
    expect(shell).toEqual(expect.arrayContaining(['index.html', '404.html', 'search/index.html', 'offline/index.html', 'offline/unsaved/index.html']));
    expect(shell).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']));
    expect(shell.filter((file) => /^pagefind\/(index|fragment|filter)\/|^papers\/[^/]+\/index\.html$/.test(file))).toEqual([]);
    expect(manifest.levels.shell.transfer).toBeLessThan(FIRST_VISIT_BUDGET);
  });

  it('is small enough today to be kept whole after one visit', () => {
    expect(manifest.levels.everything.transfer).toBeLessThan(WHOLE_SITE);
    expect(manifest.wholeSite).toBe(true);
  });

  it('splits the search index into small chunks, so a search downloads only what its words need', () => {
    // Pagefind's default chunking gives 3 chunks for these 84 pages; the build asks for chunks a sixth that size.
    expect([...site.files].filter((file) => file.startsWith('pagefind/index/')).length).toBeGreaterThan(9);
  });
});
