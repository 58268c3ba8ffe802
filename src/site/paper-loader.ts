import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Root, RootContent } from 'mdast';
import { paperFromFile, parsePaperTree } from '../format/paper-file.ts';
import { slugProblem } from '../format/paper-slug.ts';
import { readContentFile } from '../format/read-content-file.ts';
import { SYNONYMS_FILE } from '../format/synonyms-file.ts';
import { mentionNames } from '../knowledge/mentions.ts';
import { publishMentionNames } from '../render/mention-names.ts';
import { createAbstractRenderer, type AbstractRenderer } from '../render/render-abstract.ts';
import type { PaperEntryData } from '../schemas/paper.ts';
import type { PaperSlug } from '../util/ids.ts';
import { inBatches } from '../util/in-batches.ts';
import { offerPapersForTopics, startTopicThread } from './prescore-topics.ts';
import { readPapers } from './read-papers.ts';
import { refuseCaseDuplicates } from './refuse-case-duplicates.ts';
import { bySeedOrder } from './seed-order.ts';
import type { CachedPaper } from './topic-cache.ts';

/** Options for {@link paperLoader}. */
export interface PaperLoaderOptions {
  /** The folder of paper files, relative to the project root. */
  base: string;
}

/**
 * The `papers` collection's loader. Each `<slug>.mdx` is read once, with
 * the ingest's own reader (parsePaperTree: frontmatter validated, abstract as
 * plain text and as mdast, notes), and its entry carries the abstract as
 * text for the derivations, so nothing re-reads the file later, and what
 * depends on that paper alone (key numbers, description, gist, search
 * synonyms: src/site/read-papers.ts, one worker thread per core when many
 * files changed). A page whose
 * body is its abstract alone, as ingest writes it, is rendered here from
 * that tree with the site's own plugin lists (src/render/render-abstract.ts)
 * and kept in Astro's content cache; only a page with contributor notes (or
 * more than paragraphs, text and links in its abstract) is left to the MDX
 * compiler, as the glob loader would leave every page. Compiling every page
 * as an MDX module was half of a 10,000-paper build.
 *
 * The names one abstract links to other papers by depend on every paper
 * (src/knowledge/mentions.ts), so the loader works in two passes: it reads
 * the papers whose files changed, works out the names from all of them and
 * publishes them for the render path (src/render/mention-names.ts), then
 * renders. A cached entry is reused when its file, the code that renders it
 * ({@link codeVersion}) and the names are unchanged; when the names change,
 * every page is rendered again.
 */
export function paperLoader({ base }: PaperLoaderOptions): Loader {
  return {
    name: 'ar-atlas:papers',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      const version = await codeVersion(root);
      const renderer = lazyRenderer(context);
      // A build scores topics in a thread of its own from now on (src/site/prescore-topics.ts).
      if (!context.watcher) startTopicThread();
      const syncAll = async (): Promise<void> => {
        const done = await syncPapers(context, { root, dir, version, renderer });
        if (!context.watcher && done.forTopics) offerPapersForTopics(done.forTopics);
        context.logger.info(`${done.papers} papers: ${done.rendered} rendered, ${done.compiled} left to MDX (notes, or more than text and links), ${done.cached} from the cache`);
      };
      await syncAll();

      const { watcher } = context;
      if (!watcher) return;
      watcher.add(dir);
      const isPaper = (path: string): boolean => path.startsWith(dir + sep) && path.endsWith('.mdx');
      // One sync at a time; each reads every file again, but renders only what changed.
      let queue = Promise.resolve();
      const resync = (path: string): void => {
        if (isPaper(path)) queue = queue.then(syncAll).catch((error: unknown) => context.logger.error(String(error)));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, resync);
    },
  };
}

interface SyncOptions {
  root: string;
  dir: string;
  version: string;
  renderer: () => AbstractRenderer;
}

/** The meta-store key of the names the cached pages were rendered with. */
const NAMES_KEY = 'mention-names';

/** Read every paper file, work out the mention names, render and store what changed, forget removed files. */
async function syncPapers(context: LoaderContext, { root, dir, version, renderer }: SyncOptions) {
  const { store, meta } = context;
  const files = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
  refuseCaseDuplicates(relative(root, dir).split(sep).join('/'), files);
  // A folder, a pipe or a link out of the repository named `x.mdx` fails the build with `file: reason`, as in check.
  const texts = await inBatches(files, (name) => readContentFile(join(dir, name), root, relative(root, join(dir, name)).split(sep).join('/')));
  const digestOf = (text: string, names: string): string => context.generateDigest(`${version}\0${names}\0${text}`);
  const previousNames = meta.get(NAMES_KEY) ?? '';

  // Pass 1: every paper's text, from the cache when its file is unchanged, read anew otherwise.
  const listed = files.map((name, index) => {
    const id = basename(name, '.mdx');
    const path = join(dir, name);
    const filePath = relative(root, path).split(sep).join('/');
    const text = texts[index]!;
    const cached = store.get(id);
    const fresh = cached?.digest === digestOf(text, previousNames) && cached.filePath === filePath ? cached : undefined;
    return { id, path, filePath, text, fresh };
  });
  // Throws `content/papers/x.mdx:line:column: reason`, failing the build with the place to fix.
  const reads = await readPapers(listed.filter((paper) => !paper.fresh).map(({ text, filePath }) => ({ text, filePath })), root);
  let next = 0;
  const papers = listed.map((paper) => {
    const read = paper.fresh ? undefined : reads[next++]!;
    return { ...paper, read, data: read ? read.data : (paper.fresh!.data as PaperEntryData) };
  });
  const names = mentionNames(papers.map(({ id, data }) => paperFromFile({ frontmatter: data, abstractText: data.abstract }, id as PaperSlug)));
  publishMentionNames(names);
  const namesKey = context.generateDigest(JSON.stringify([...names]));

  // Pass 2: render and store each changed page, or every page when the names changed.
  const done = { papers: files.length, rendered: 0, compiled: 0, cached: 0, forTopics: undefined as CachedPaper[] | undefined };
  // Each paper's entry as the atlas will read it from the store, for the topic thread (src/site/prescore-topics.ts).
  const stored: Array<{ id: string; filePath: string; data: PaperEntryData; digest: string | number | undefined }> = [];
  const forTopics = (id: string, filePath: string, data: PaperEntryData, digest: string | number | undefined): void => {
    stored.push({ id, filePath, data, digest });
  };
  for (const paper of papers) {
    if (paper.fresh && namesKey === previousNames) {
      if (paper.fresh.deferredRender) store.addModuleImport(paper.filePath);
      forTopics(paper.id, paper.filePath, paper.fresh.data as PaperEntryData, paper.fresh.digest);
      done.cached++;
      continue;
    }
    const { file, abstract } = paper.read ?? parsePaperTree(paper.text, paper.filePath);
    const data = await context.parseData({ id: paper.id, data: paper.data, filePath: paper.path });
    const entry = { id: paper.id, data, filePath: paper.filePath, digest: digestOf(paper.text, namesKey) };
    forTopics(paper.id, paper.filePath, data as PaperEntryData, entry.digest);
    if (file.notes.trim() || !abstract.children.every(isPlain)) {
      done.compiled++;
      store.set({ ...entry, deferredRender: true });
    } else {
      done.rendered++;
      store.set({ ...entry, rendered: { html: await renderer()(abstract, { path: paper.path, frontmatter: file.frontmatter, keyNumbers: data.keyNumbers }) } });
    }
  }
  // In seed order, as the atlas has them; a file name that is no slug leaves the work, and the error naming the file, to the atlas.
  if (!stored.some(({ id, filePath }) => slugProblem(id, filePath))) {
    done.forTopics = stored
      .sort(bySeedOrder)
      .map(({ id, data, digest }) => ({ paper: paperFromFile({ frontmatter: data, abstractText: data.abstract }, id as PaperSlug), digest: digest === undefined ? undefined : String(digest) }));
  }
  const present = new Set(papers.map((paper) => paper.id));
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  meta.set(NAMES_KEY, namesKey);
  return done;
}

/** The abstract renderer, made on first use: a sync served from the cache needs none. */
function lazyRenderer(context: LoaderContext): () => AbstractRenderer {
  let renderer: AbstractRenderer | undefined;
  return () => (renderer ??= createAbstractRenderer(context.config));
}

/**
 * What ingest writes into an abstract: paragraphs of text and links. A hand
 * edit may add more (emphasis, code, JSX, `{expressions}`); such a page goes
 * to the MDX compiler, which renders all of Markdown and MDX as Astro does.
 */
function isPlain(node: Root | RootContent): boolean {
  if (node.type === 'text') return true;
  if (node.type !== 'paragraph' && node.type !== 'link') return false;
  return node.children.every(isPlain);
}

/**
 * A hash of everything that decides how a paper renders and what the loader
 * derives from it: the project's source (plugins, and the knowledge they
 * may call), astro.config.mjs, the installed dependency versions and the
 * search synonyms. Any change to them renders every paper again; a change
 * to papers alone renders only the changed papers.
 */
async function codeVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  const src = (await readdir(join(root, 'src'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of [...src, join(root, 'astro.config.mjs'), join(root, 'package-lock.json'), join(root, SYNONYMS_FILE)]) {
    hash.update(`${relative(root, path)}\0`);
    hash.update(await readFile(path).catch(() => ''));
  }
  return hash.digest('hex');
}
