import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** One HTML file of a built site, parsed by a spec-compliant HTML parser. */
export interface BuiltPage {
  /** Path inside dist/, with forward slashes: `papers/x/index.html`. */
  file: string;
  /** The address it is served at, base included: `/atlas/papers/x/`. */
  url: string;
  html: string;
  document: DefaultTreeAdapterTypes.Document;
}

/**
 * A built site as the build tests and `npm run check` see it: every file in
 * dist/, and every HTML page parsed.
 */
export interface BuiltSite {
  dir: string;
  /** Astro's base: `/` or `/atlas/`. */
  base: string;
  /** Every file in dist/, relative, forward slashes. */
  files: ReadonlySet<string>;
  pages: readonly BuiltPage[];
}

const cache = new Map<string, Promise<BuiltSite>>();

/** Read and parse a built site once per process (once per test file), however many callers ask. */
export function readSite(dir: string, base: string): Promise<BuiltSite> {
  let site = cache.get(dir);
  if (!site) cache.set(dir, (site = loadSite(dir, base)));
  return site;
}

async function loadSite(dir: string, base: string): Promise<BuiltSite> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const pages = await Promise.all(
    files
      .filter((file) => file.endsWith('.html'))
      .map(async (file) => {
        const html = await readFile(join(dir, file), 'utf8');
        return { file, url: base + file.replace(/(^|\/)index\.html$/, '$1'), html, document: parse(html) };
      }),
  );
  return { dir, base, files: new Set(files), pages };
}

/** Every element under `node`, in document order (template contents included). */
export function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Text as a reader sees it: descendants' text, whitespace collapsed. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const collect = (n: Node): void => {
    if (n.nodeName === '#text' && 'value' in n) parts.push(n.value);
    else if ('childNodes' in n) for (const child of n.childNodes) collect(child);
  };
  collect(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The dist/ file a site path is served from, or undefined when it is outside the base. */
export function fileFor(site: BuiltSite, pathname: string): string | undefined {
  if (!pathname.startsWith(site.base)) return undefined;
  const path = decodeURIComponent(pathname.slice(site.base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
