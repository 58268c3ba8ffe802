import type { Paragraph, Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import type { VFile } from 'vfile';
import { Document, isMap, parseDocument } from 'yaml';
import type { PaperSlug } from '../util/ids.ts';
import { contributedIdentifiers, generatedHash, IDENTIFIER_FIELDS, isHandEdited, NOTES_MARKER, type Identifiers, type IngestOwned, type PaperFile } from '../format/paper-file.ts';
import type { NamedPaper } from './name-paper.ts';
import { logStage } from './stage-log.ts';

/**
 * `import`/`export` at the start of a line are ESM in MDX, and
 * mdxToMarkdown() does not escape them: an `import` line breaks the build,
 * an `export` line makes the text vanish. Escaping the first letter (as the
 * character reference `&#x69;`) keeps them text.
 */
const ESM_UNSAFE: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
];

/**
 * The MDX of an abstract paragraph: every character that MDX, JSX or
 * Markdown would read as syntax is escaped. Links are written as
 * `[text](url)`, since MDX has no `<autolinks>`.
 */
export function abstractToMdx(paragraph: Paragraph): string {
  const root: Root = { type: 'root', children: [paragraph] };
  return toMarkdown(root, { extensions: [mdxToMarkdown()], resourceLink: true, unsafe: ESM_UNSAFE }).trim();
}

/** Frontmatter fields contributors own: carried over from the existing file as written, `[]` when absent. */
const CONTRIBUTOR_FIELDS = ['topics', 'excludeTopics', 'aliases'] as const;
/** Optional fields contributors own: carried over as written, left out when absent. */
const OPTIONAL_CONTRIBUTOR_FIELDS = ['authors', 'published', 'venue'] as const;

/**
 * The YAML source of each top-level field, from its key to the next key:
 * carrying that text (comments, flow or block style) is what keeps a
 * contributor's fields byte for byte.
 */
function fieldSources(yaml: string): Map<string, string> {
  const sources = new Map<string, string>();
  const { contents } = parseDocument(yaml);
  if (!isMap(contents)) return sources;
  const lineStart = (offset: number): number => yaml.lastIndexOf('\n', offset - 1) + 1;
  const keyStart = (index: number): number | undefined => (contents.items[index]?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
  contents.items.forEach((pair, index) => {
    const start = keyStart(index);
    const next = keyStart(index + 1);
    if (start !== undefined) sources.set(String(pair.key), yaml.slice(lineStart(start), next === undefined ? yaml.length : lineStart(next)).trimEnd());
  });
  return sources;
}

/** Ingest's own YAML: strings double-quoted, so no title can turn into YAML syntax, a date or a boolean in any YAML reader (Astro reads frontmatter with js-yaml). */
const YAML_STYLE = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

/**
 * A whole paper file: ingest's fields and abstract, the identifiers found in
 * the listing (`found`), and whatever contributors own carried over from
 * `existing`, an identifier a contributor set included.
 */
export function renderPaperFile(fields: IngestOwned, abstractMdx: string, existing?: PaperFile, found: Identifiers = {}): string {
  const owned = { title: fields.title, shortName: fields.shortName, source: fields.source, links: fields.links };
  const carried = existing ? fieldSources(existing.frontmatterYaml) : new Map<string, string>();
  const byContributor = new Set(existing ? contributedIdentifiers(existing) : []);
  const identifiers = IDENTIFIER_FIELDS.map((key) => {
    if (byContributor.has(key)) return `${carried.get(key)}\n`;
    return found[key] === undefined ? '' : new Document({ [key]: found[key] }).toString(YAML_STYLE);
  }).join('');
  const bibliographic = OPTIONAL_CONTRIBUTOR_FIELDS.map((key) => (carried.has(key) ? `${carried.get(key)}\n` : '')).join('');
  const contributed = CONTRIBUTOR_FIELDS.map((key) => `${carried.get(key) ?? `${key}: []`}\n`).join('');
  const generated = new Document({ generated: generatedHash(fields, abstractMdx) }).toString(YAML_STYLE);
  const frontmatter = `${new Document(owned).toString(YAML_STYLE)}${identifiers}${bibliographic}${contributed}${generated}`;
  return `---\n${frontmatter}---\n\n${abstractMdx}\n\n${NOTES_MARKER}\n${existing?.notes ?? ''}`;
}

/** What ingest will do with one paper's file. */
export interface RenderedPage {
  slug: PaperSlug;
  /** Where the paper is in the seed now. */
  source: { file: string; line: number };
  /** The new file content; undefined when the existing file was edited by hand and stays as it is. */
  text: string | undefined;
  /** The file as it is now, if there is one. */
  existing: PaperFile | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** serialize-paper: the file of every paper. */
    pages: RenderedPage[];
  }
}

export interface SerializePaperOptions {
  /** The files already in the output folder, by slug. */
  existing: ReadonlyMap<string, PaperFile>;
}

/**
 * Serialize each paper to its MDX file, carrying over what contributors own
 * (identifiers they set, authors, published, venue, topics, excludeTopics,
 * aliases, the notes). A file edited by hand is left as it is.
 */
export function serializePaper(options: SerializePaperOptions) {
  return (_tree: Root, file: VFile): void => {
    const named = file.data.named;
    if (!named) throw new Error('serialize-paper runs after name-paper');
    file.data.pages = named.map((paper: NamedPaper): RenderedPage => {
      const existing = options.existing.get(paper.slug);
      const source = { file: file.path, line: paper.title.position?.start.line ?? 1 };
      if (existing && isHandEdited(existing)) {
        file.info(`kept hand-edited ${existing.path}`, paper.title.position);
        return { slug: paper.slug, source, text: undefined, existing };
      }
      const fields: IngestOwned = { title: toString(paper.title), shortName: paper.shortName, source, links: paper.links };
      const found = { arxiv: paper.arxiv, doi: paper.doi };
      return { slug: paper.slug, source, text: renderPaperFile(fields, abstractToMdx(paper.abstract), existing, found), existing };
    });
    const kept = file.data.pages.filter((page) => page.text === undefined).length;
    logStage(file, 'serialize-paper', `${named.length} papers in, ${named.length - kept} files rendered${kept ? `, ${kept} hand-edited file(s) kept as they are` : ''}`);
  };
}
