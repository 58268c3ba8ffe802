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

/** The line that ends the abstract; contributor notes go below it and ingest keeps them. */
export const NOTES_MARKER = '{/* Contributor notes go below this line; ingest keeps them. */}';
const MARKER_COMMENT = NOTES_MARKER.slice(1, -1);

/**
 * The MDX grammar, made once for every file read: each mdxjs() call extends
 * acorn's parser into a new class, and a new class per file kept V8 from
 * optimizing the parse (it was a third of reading 10,000 papers).
 */
const mdxOptions = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };

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

/** The plain-text `Paper` every derivation reads, from a file read here or the site's collection entry of it. */
export function paperFromFile(file: Pick<PaperFile, 'abstractText'> & { frontmatter: Pick<PaperFrontmatter, 'title' | 'shortName' | 'topics' | 'excludeTopics'> }, slug: PaperSlug): Paper {
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
  return parsePaperTree(text, path).file;
}

/**
 * parsePaperFile, and the abstract's mdast (the body's nodes above the
 * notes marker) as parsed: the site's loader renders it without parsing the
 * body a second time.
 */
export function parsePaperTree(text: string, path: string): { file: PaperFile; abstract: Root } {
  const vfile: VFile = new VFile({ path });
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') vfile.fail('expected the file to start with a `---` line that opens the YAML frontmatter', { line: 1, column: 1 });
  const close = lines.indexOf('---', 1);
  if (close === -1) vfile.fail('the frontmatter is never closed; expected a `---` line after it', { line: 1, column: 1 });

  const frontmatterYaml = lines.slice(1, close).join('\n');
  const document = parseDocument(frontmatterYaml);
  const [yamlError] = document.errors;
  if (yamlError) {
    const at = yamlError.linePos?.[0];
    vfile.fail(`the frontmatter is not valid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, { line: (at?.line ?? 1) + 1, column: at?.col ?? 1 });
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
    vfile.fail(problems.join('; '), { line, column: 1 });
  }

  const bodyLine = close + 2;
  const body = lines.slice(close + 1).join('\n');
  let tree: Root;
  try {
    tree = fromMarkdown(body, mdxOptions);
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    vfile.fail(`the body is not valid MDX: ${reason ?? String(error)}`, { line: (line ?? 1) + bodyLine - 1, column: column ?? 1 });
  }
  const markerIndex = tree.children.findIndex((node) => node.type === 'mdxFlowExpression' && node.value.trim() === MARKER_COMMENT);
  const marker = tree.children[markerIndex];
  const abstractNodes = markerIndex === -1 ? tree.children : tree.children.slice(0, markerIndex);
  const abstractEnd = marker?.position?.start.offset ?? body.length;
  const notesStart = marker?.position?.end.offset ?? body.length;
  const file: PaperFile = {
    path,
    frontmatter: result.data!,
    frontmatterYaml,
    abstractMdx: body.slice(0, abstractEnd).trim(),
    abstractText: abstractNodes.filter(isProse).map((node) => toString(node)).join('\n\n'),
    notes: body.slice(notesStart).replace(/^\n/, ''),
  };
  return { file, abstract: { type: 'root', children: abstractNodes } };
}

/** Prose a reader sees, not code: ESM and `{expressions}` hold no abstract text. */
function isProse(node: RootContent): boolean {
  return node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression';
}
