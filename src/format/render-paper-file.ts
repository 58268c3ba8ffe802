import type { Paragraph, Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { Document, isMap } from 'yaml';
import { parseYaml } from './frontmatter.ts';
import { contributedIdentifiers, generatedHash, IDENTIFIER_FIELDS, NOTES_MARKER, type Identifiers, type IngestOwned, type PaperFile } from './paper-file.ts';

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
  const { contents } = parseYaml(yaml);
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

/** Ingest's own YAML: strings double-quoted, so no title can turn into YAML syntax, a date or a boolean in any YAML reader (Astro's js-yaml included). */
const YAML_STYLE = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

/**
 * A whole paper file: ingest's fields and abstract, the identifiers found in
 * the listing (`found`), and whatever contributors own carried over from
 * `existing`: an identifier a contributor set, `authors`, `published`,
 * `venue`, `topics`, `excludeTopics` and `aliases` as written, and the notes
 * below the marker byte for byte.
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
