import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/** What `indexSite` did, for the build log. */
export interface IndexReport {
  /** HTML files Pagefind read. */
  htmlFiles: number;
  /** Pages in the index: those with `data-pagefind-body` once any page has it. */
  pageCount: number;
  /** Files written under `<dir>/pagefind/`, relative to it. */
  files: string[];
}

/**
 * Files the site never loads, deleted because every file left here is
 * precached by the service worker: Pagefind's Default, Modular and Component
 * UIs and its highlighter (~420 KB; the site draws its own results), and its
 * web worker (src/client/load-pagefind.ts searches with `noWorker`).
 */
const unused = /^pagefind-(?:(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)|worker\.js)$/;

/**
 * Index postings per chunk (Pagefind counts word locations; its default is
 * 20,000). A search downloads every chunk whose word range its words fall
 * in, so smaller chunks mean fewer bytes per search: at 10,000 papers a
 * first search drops from 260 to 186 KiB and a later one for a rarer word
 * from 50 to 11-23 KiB, for 4 KiB more of metadata (more chunk names). Below
 * about 3,000 the boundaries start splitting common prefixes badly.
 * Pagefind 1.6 reads this only from the environment of its service process
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE in SearchOptions::load), so it is set
 * there for the one run; tests/e2e/build.test.ts checks it still takes effect.
 */
const indexChunkSize = '3500';

/**
 * Index the built site in `dir` with Pagefind's Node API and write the bundle
 * to `<dir>/pagefind/`. Pagefind writes the files itself (handing them to
 * Node instead, base64 over its pipe, made indexing 10,000 pages a third
 * slower); what the site does not load is then deleted. Throws with
 * Pagefind's own messages when it fails.
 */
export async function indexSite(dir: string): Promise<IndexReport> {
  const out = join(dir, 'pagefind');
  const inherited = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = indexChunkSize;
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    await rm(out, { recursive: true, force: true });
    const written = await created.index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);

    const entry = await readEntry(out);
    const languages = new Set(Object.values(entry.languages).flatMap((language) => (language.wasm ? [language.wasm] : [])));
    const files = (await readdir(out, { recursive: true, withFileTypes: true }))
      .filter((file) => file.isFile())
      .map((file) => relative(out, join(file.parentPath, file.name)).split(sep).join('/'));
    const kept: string[] = [];
    for (const file of files) {
      if (unused.test(file) || !keepWasm(file, languages)) await rm(join(out, file));
      else kept.push(file);
    }
    const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    return { htmlFiles: added.page_count, pageCount, files: kept.sort() };
  } finally {
    await pagefind.close();
    if (inherited === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = inherited;
  }
}

/** The part of pagefind-entry.json read here: per language, its wasm build and page count. */
interface Entry {
  languages: Record<string, { wasm: string | null; page_count: number }>;
}

async function readEntry(out: string): Promise<Entry> {
  const text = await readFile(join(out, 'pagefind-entry.json'), 'utf8').catch(() => {
    throw new Error('Pagefind produced no pagefind-entry.json; the index would not load');
  });
  return JSON.parse(text) as Entry;
}

/** Keep only the wasm builds the index's languages load; Pagefind ships one per language it supports, used or not. */
function keepWasm(path: string, languages: Set<string>): boolean {
  const wasm = /^wasm\.(.+)\.pagefind$/.exec(path);
  return !wasm?.[1] || languages.has(wasm[1]);
}
