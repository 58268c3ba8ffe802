import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Root, RootContent } from 'mdast';
import { parsePaperTree } from '../format/paper-file.ts';
import { readContentFile } from '../format/read-content-file.ts';
import { createAbstractRenderer, type AbstractRenderer } from '../render/render-abstract.ts';
import { refuseCaseDuplicates } from './refuse-case-duplicates.ts';

/** Options for {@link paperLoader}. */
export interface PaperLoaderOptions {
  /** The folder of paper files, relative to the project root. */
  base: string;
}

/**
 * The `papers` collection's loader. Each `<slug>.mdx` is read once, with
 * the ingest's own reader (parsePaperTree: frontmatter validated, abstract as
 * plain text and as mdast, notes), and its entry carries the abstract as
 * text for the derivations, so nothing re-reads the file later. A page whose
 * body is its abstract alone, as ingest writes it, is rendered here from
 * that tree with the site's own plugin lists (src/render/render-abstract.ts)
 * and kept in Astro's content cache; only a page with contributor notes (or
 * more than paragraphs, text and links in its abstract) is left to the MDX
 * compiler, as the glob loader would leave every page. Compiling every page
 * as an MDX module was half of a 10,000-paper build.
 *
 * Cached entries are reused when the file and the code that renders it are
 * unchanged: the digest covers the file's text and {@link codeVersion}.
 */
export function paperLoader({ base }: PaperLoaderOptions): Loader {
  return {
    name: 'ar-atlas:papers',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      const version = await codeVersion(root);
      const sync = fileSync(context, root, version);
      const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
      refuseCaseDuplicates(relative(root, dir).split(sep).join('/'), names);
      const untouched = new Set(context.store.keys());
      // A few dozen at a time: parallel reads without running out of file handles.
      for (let start = 0; start < names.length; start += 64) {
        const ids = await Promise.all(names.slice(start, start + 64).map((name) => sync(join(dir, name))));
        for (const id of ids) untouched.delete(id);
      }
      for (const id of untouched) context.store.delete(id);
      context.logger.info(`${names.length} papers: ${sync.rendered} rendered, ${sync.compiled} left to MDX for their notes, ${names.length - sync.rendered - sync.compiled} from the cache`);

      const { watcher } = context;
      if (!watcher) return;
      watcher.add(dir);
      const isPaper = (path: string): boolean => path.startsWith(dir + sep) && path.endsWith('.mdx');
      const resync = (path: string): void => {
        if (isPaper(path)) sync(path).catch((error: unknown) => context.logger.error(String(error)));
      };
      watcher.on('add', resync);
      watcher.on('change', resync);
      watcher.on('unlink', (path) => {
        if (isPaper(path)) context.store.delete(basename(path, '.mdx'));
      });
    },
  };
}

/** Read, parse and store one paper file; returns its id. Counts what it did. */
function fileSync(context: LoaderContext, root: string, version: string) {
  let renderer: AbstractRenderer | undefined;
  const sync = async (path: string): Promise<string> => {
    const id = basename(path, '.mdx');
    const filePath = relative(root, path).split(sep).join('/');
    // A folder, a pipe or a link out of the repository named `x.mdx` fails the build with `file: reason`, as in check.
    const text = await readContentFile(path, root, filePath);
    const digest = context.generateDigest(`${version}\0${text}`);
    const cached = context.store.get(id);
    if (cached?.digest === digest && cached.filePath === filePath) {
      if (cached.deferredRender) context.store.addModuleImport(filePath);
      return id;
    }
    // Throws `content/papers/x.mdx:line:column: reason`, failing the build with the place to fix.
    const { file, abstract } = parsePaperTree(text, filePath);
    const data = await context.parseData({ id, data: { ...file.frontmatter, abstract: file.abstractText }, filePath: path });
    if (file.notes.trim() || !abstract.children.every(isPlain)) {
      sync.compiled++;
      context.store.set({ id, data, filePath, digest, deferredRender: true });
    } else {
      sync.rendered++;
      renderer ??= createAbstractRenderer(context.config);
      const html = await renderer(abstract, { path, frontmatter: file.frontmatter });
      context.store.set({ id, data, filePath, digest, rendered: { html } });
    }
    return id;
  };
  sync.rendered = 0;
  sync.compiled = 0;
  return sync;
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
 * A hash of everything that decides how a paper renders: the project's
 * source (plugins, and the knowledge they may call), astro.config.mjs and
 * the installed dependency versions. Any change to them renders every paper
 * again; a change to content alone renders only the changed papers.
 */
async function codeVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  const src = (await readdir(join(root, 'src'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of [...src, join(root, 'astro.config.mjs'), join(root, 'package-lock.json')]) {
    hash.update(`${relative(root, path)}\0`);
    hash.update(await readFile(path).catch(() => ''));
  }
  return hash.digest('hex');
}
