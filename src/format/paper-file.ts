import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Paper } from '../knowledge/paper.ts';
import { paperSchema, type PaperFrontmatter } from '../schemas/paper.ts';
import type { PaperSlug } from '../util/ids.ts';
import { MessageError } from '../util/message.ts';
import { findScholarlyIds } from '../util/scholarly-ids.ts';
import { readFrontmatter } from './frontmatter.ts';
import { validateFrontmatter } from './validate-frontmatter.ts';

/** The line that ends the abstract; contributor notes go below it and ingest keeps them. */
export const NOTES_MARKER = '{/* Contributor notes go below this line; ingest keeps them. */}';
const MARKER_COMMENT = NOTES_MARKER.slice(1, -1);

/**
 * The notes marker among the top-level nodes of a paper's MDX: a
 * `{/* ... *\/}` expression holding exactly the marker's comment. -1 when
 * the file has none. The reader here and the render path
 * (src/render/remark-paper-notes.ts) both find it with this.
 */
export function notesMarkerIndex(children: readonly RootContent[]): number {
  return children.findIndex((node) => node.type === 'mdxFlowExpression' && node.value.trim() === MARKER_COMMENT);
}

/** A paper file, read: `content/papers/<slug>.mdx`. */
export interface PaperFile {
  /** The path it was read from, as given (used in messages). */
  path: string;
  /** Validated frontmatter, defaults filled in. */
  frontmatter: PaperFrontmatter;
  /** The YAML between the `---` fences, as written (ingest carries contributor fields over from it). */
  frontmatterYaml: string;
  /** The abstract's MDX source: the body above the notes marker, trimmed. */
  abstractMdx: string;
  /** The abstract as a reader sees it: plain text, paragraphs separated by a blank line. */
  abstractText: string;
  /** The line of the file the abstract starts on. */
  abstractLine: number;
  /** Everything below the notes marker line, byte for byte. */
  notes: string;
}

/** The ingest-owned frontmatter fields, which `generated` hashes with the abstract. */
export type IngestOwned = Pick<PaperFrontmatter, 'title' | 'shortName' | 'source' | 'links'>;

/** `sha256-<hex>` over exactly what ingest owns: its fields and the abstract's MDX. */
export function generatedHash(fields: IngestOwned, abstractMdx: string): string {
  const owned = [fields.title, fields.shortName ?? null, fields.source.file, fields.source.line, fields.links.map((link) => [link.url, link.kind]), abstractMdx];
  return `sha256-${createHash('sha256').update(JSON.stringify(owned)).digest('hex')}`;
}

/** True when someone changed what ingest wrote (or ingest never wrote it): ingest then leaves the file alone. */
export function isHandEdited(file: PaperFile): boolean {
  return file.frontmatter.generated !== generatedHash(file.frontmatter, file.abstractMdx);
}

/** The identifier fields ingest fills from the listing's text, unless a contributor set them. */
export const IDENTIFIER_FIELDS = ['arxiv', 'doi'] as const;
export type Identifiers = Partial<Pick<PaperFrontmatter, (typeof IDENTIFIER_FIELDS)[number]>>;

/** The text ingest searches for a paper's identifiers: its title and abstract, as a reader sees them. */
export const identifierText = (title: string, abstractText: string): string => `${title}\n${abstractText}`;

/**
 * The identifiers a title and abstract name, as ingest fills them: each kind
 * only when the text names exactly one (an abstract naming two may be citing
 * other work).
 */
export function identifiersIn(title: string, abstractText: string): Identifiers {
  const found = findScholarlyIds(identifierText(title, abstractText));
  return { arxiv: found.arxiv.length === 1 ? found.arxiv[0] : undefined, doi: found.doi.length === 1 ? found.doi[0] : undefined };
}

/**
 * The identifier fields a contributor set: present, and not what ingest
 * finds in the file's own title and abstract (an id ingest filled from the
 * listing is always that). Ingest keeps these as written.
 */
export function contributedIdentifiers(file: PaperFile): Array<(typeof IDENTIFIER_FIELDS)[number]> {
  const own = identifiersIn(file.frontmatter.title, file.abstractText);
  return IDENTIFIER_FIELDS.filter((key) => file.frontmatter[key] !== undefined && file.frontmatter[key] !== own[key]);
}

/** The plain-text `Paper` every derivation reads. */
export function paperFromFile(file: PaperFile, slug: PaperSlug): Paper {
  const { title, shortName, topics, excludeTopics } = file.frontmatter;
  return { slug, title, shortName, abstract: file.abstractText, curatedTopics: topics, excludedTopics: excludeTopics };
}

const MDX_FIX =
  'MDX reads `{`, `<` and a line starting with `import` or `export` as code: write `\\{` or `\\<` for the characters themselves, or close the tag or expression';

/**
 * Only the frontmatter of a paper file, validated with the paper schema:
 * what the build's `papers` collection stores for each entry.
 * @throws MessageError `path:line:column: reason`, naming the field and the fix.
 */
export function readPaperFrontmatter(text: string, path: string): PaperFrontmatter {
  return validateFrontmatter(paperSchema, readFrontmatter(text, path), path, 'src/schemas/paper.ts');
}

/**
 * Read a paper file: its frontmatter validated with the paper schema, and
 * its body parsed as MDX (micromark, the grammar the site renders with) to
 * get the abstract as plain text and the contributor notes.
 * @throws MessageError `path:line:column: reason`, naming the field and the fix.
 */
export function parsePaperFile(text: string, path: string): PaperFile {
  const frontmatter = readFrontmatter(text, path);
  const data = validateFrontmatter(paperSchema, frontmatter, path, 'src/schemas/paper.ts');
  const { body, bodyLine } = frontmatter;
  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    throw new MessageError([{ file: path, line: (line ?? 1) + bodyLine - 1, column: column ?? 1, reason: `the body is not valid MDX: ${reason ?? String(error)}`, fix: MDX_FIX }]);
  }
  const marker = tree.children[notesMarkerIndex(tree.children)];
  const abstractEnd = marker?.position?.start.offset ?? body.length;
  const notesStart = marker?.position?.end.offset ?? body.length;
  return {
    path,
    frontmatter: data,
    frontmatterYaml: frontmatter.yaml,
    abstractMdx: body.slice(0, abstractEnd).trim(),
    abstractText: abstractBlocks(tree).map((node) => toString(node)).join('\n\n'),
    abstractLine: (tree.children[0]?.position?.start.line ?? 1) + bodyLine - 1,
    notes: body.slice(notesStart).replace(/^\n/, ''),
  };
}

/**
 * The blocks of a paper body that make up its abstract as plain text: those
 * above the notes marker, without ESM or `{expressions}`. The abstract text
 * is their text joined by a blank line; the render path reads the same
 * blocks (src/render/remark-key-number-marks.ts), so offsets agree.
 */
export function abstractBlocks(tree: Root): RootContent[] {
  const markerIndex = notesMarkerIndex(tree.children);
  return (markerIndex === -1 ? tree.children : tree.children.slice(0, markerIndex)).filter(isProse);
}

/** Prose a reader sees, not code: ESM and `{expressions}` hold no abstract text. */
function isProse(node: RootContent): boolean {
  return node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression';
}
