import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { VFile } from 'vfile';
import { parseDocument, type Document } from 'yaml';
import type { Paper } from '../knowledge/paper.ts';
import { paperSchema, type PaperFrontmatter } from '../schemas/paper.ts';
import type { PaperSlug } from '../util/ids.ts';
import { findScholarlyIds } from '../util/scholarly-ids.ts';

/** The line that ends the abstract; contributor notes go below it and ingest keeps them. */
export const NOTES_MARKER = '{/* Contributor notes go below this line; ingest keeps them. */}';
const MARKER_COMMENT = NOTES_MARKER.slice(1, -1);

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

/** The line in the file of the YAML node a schema issue points at (the frontmatter starts on line 2). */
function lineOfField(document: Document, yaml: string, path: readonly PropertyKey[]): number {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return yaml.slice(0, node.range[0]).split('\n').length + 1;
  }
  return 2;
}

/**
 * Read a paper file: validate its frontmatter with the paper schema, and
 * parse its body as MDX (micromark, the grammar the site renders with) to
 * get the abstract as plain text and the contributor notes. Throws a
 * VFileMessage `path:line:column: reason` naming the file and the field.
 */
export function parsePaperFile(text: string, path: string): PaperFile {
  const file: VFile = new VFile({ path });
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') file.fail('expected the file to start with a `---` line that opens the YAML frontmatter', { line: 1, column: 1 });
  const close = lines.indexOf('---', 1);
  if (close === -1) file.fail('the frontmatter is never closed; expected a `---` line after it', { line: 1, column: 1 });

  const frontmatterYaml = lines.slice(1, close).join('\n');
  const document = parseDocument(frontmatterYaml);
  const [yamlError] = document.errors;
  if (yamlError) {
    const at = yamlError.linePos?.[0];
    file.fail(`the frontmatter is not valid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, { line: (at?.line ?? 1) + 1, column: at?.col ?? 1 });
  }
  const result = paperSchema.safeParse(document.toJS(), { reportInput: true });
  if (!result.success) {
    const [first] = result.error.issues;
    const line = lineOfField(document, frontmatterYaml, first!.code === 'unrecognized_keys' ? [...first!.path, first!.keys[0]!] : first!.path);
    const problems = result.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `\`${[...issue.path, key].join('.')}\``).join(', ')}; expected only ${Object.keys(paperSchema.shape).join(', ')}`
        : `field \`${issue.path.map(String).join('.')}\`: ${issue.message}`,
    );
    file.fail(problems.join('; '), { line, column: 1 });
  }

  const bodyLine = close + 2;
  const body = lines.slice(close + 1).join('\n');
  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    file.fail(`the body is not valid MDX: ${reason ?? String(error)}`, { line: (line ?? 1) + bodyLine - 1, column: column ?? 1 });
  }
  const markerIndex = tree.children.findIndex(isNotesMarker);
  const marker = tree.children[markerIndex];
  const abstractEnd = marker?.position?.start.offset ?? body.length;
  const notesStart = marker?.position?.end.offset ?? body.length;
  return {
    path,
    frontmatter: result.data!,
    frontmatterYaml,
    abstractMdx: body.slice(0, abstractEnd).trim(),
    abstractText: abstractBlocks(tree).map((node) => toString(node)).join('\n\n'),
    notes: body.slice(notesStart).replace(/^\n/, ''),
  };
}

const isNotesMarker = (node: RootContent): boolean => node.type === 'mdxFlowExpression' && node.value.trim() === MARKER_COMMENT;

/**
 * The blocks of a paper body that make up its abstract as plain text: those
 * above the notes marker, without ESM or `{expressions}`. The abstract text
 * is their text joined by a blank line; the render path reads the same
 * blocks (src/render/remark-key-number-marks.ts), so offsets agree.
 */
export function abstractBlocks(tree: Root): RootContent[] {
  const markerIndex = tree.children.findIndex(isNotesMarker);
  return (markerIndex === -1 ? tree.children : tree.children.slice(0, markerIndex)).filter(isProse);
}

/** Prose a reader sees, not code: ESM and `{expressions}` hold no abstract text. */
function isProse(node: RootContent): boolean {
  return node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression';
}
