import { isMap, isScalar, parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { MessageError } from '../util/message.ts';

/** A place in a content file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** A content file cut at its frontmatter fences. */
export interface SplitFile {
  /** The YAML between the `---` lines; it starts on line 2 of the file. */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
}

/** The frontmatter read: its YAML document (for positions) and its data. */
export interface Frontmatter extends SplitFile {
  document: Document;
  data: unknown;
}

/**
 * How every content file's YAML is read, by ingest, `npm run check` and the
 * build alike (the collections in src/content.config.ts read their data
 * through this module, not through Astro's own js-yaml): YAML 1.2's core
 * schema, so `2024-01-01`, `yes` and `no` stay text and only `true`/`false`,
 * numbers and `null` are anything else. Duplicate keys are refused.
 */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { schema: 'core', uniqueKeys: true };
/**
 * yaml's own default: more alias expansions than this mean an "alias bomb"
 * (a few lines that expand to billions of values), refused as an error.
 */
const MAX_ALIAS_COUNT = 100;

/** A frontmatter's YAML as a document (for positions and key ranges), read with the one setting. */
export function parseYaml(yaml: string): Document {
  return parseDocument(yaml, YAML_OPTIONS);
}

const NO_FENCES = 'start the file with a `---` line, the YAML fields, and another `---` line (see CONTRIBUTING.md)';
const BAD_YAML = 'fix the YAML syntax; put a value that holds `:`, `#` or quotes in double quotes';

/**
 * Cut a content file into its frontmatter and body. The file opens with a
 * `---` line; the first later line that starts with `---` closes the
 * frontmatter, as Astro reads it, and must be exactly `---`. A BOM and CRLF
 * line ends are read as if they were not there.
 * @throws MessageError `file:line:column: reason` with the fix.
 */
export function splitFrontmatter(text: string, file: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const fail = (line: number, reason: string): never => {
    throw new MessageError([{ file, line, column: 1, reason, fix: NO_FENCES }]);
  };
  if (lines[0] !== '---') fail(1, 'expected the file to start with a `---` line that opens the YAML frontmatter');
  const close = lines.findIndex((line, index) => index > 0 && line.startsWith('---'));
  if (close === -1) fail(1, 'the frontmatter is never closed; expected a `---` line after it');
  if (lines[close] !== '---') fail(close + 1, `the line that closes the frontmatter must be exactly \`---\`, not ${JSON.stringify(lines[close])}`);
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

/**
 * Split a content file and read its frontmatter as YAML.
 * @throws MessageError naming the line of a YAML syntax error or of an alias
 *   that expands too far, never a stack trace.
 */
export function readFrontmatter(text: string, file: string): Frontmatter {
  const split = splitFrontmatter(text, file);
  const document = parseYaml(split.yaml);
  const [error] = document.errors;
  if (error) {
    const at = error.linePos?.[0];
    const reason = `the frontmatter is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    throw new MessageError([{ file, line: (at?.line ?? 1) + 1, column: at?.col ?? 1, reason, fix: BAD_YAML }]);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (thrown) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount; nothing else is expected here.
    if (!(thrown instanceof ReferenceError)) throw thrown;
    throw new MessageError([
      {
        file,
        ...firstAlias(document, split.yaml),
        reason: `the frontmatter's YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, too many to read safely`,
        fix: 'write each value out in full: content files need no YAML anchors (&name) or aliases (*name)',
      },
    ]);
  }
  return { ...split, document, data };
}

/** Where the first `*alias` of the frontmatter is written. */
function firstAlias(document: Document, yaml: string): Position {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? { line: 2, column: 1 } : positionOf(yaml, offset);
}

/** A character offset in the frontmatter's YAML as a place in the file (the YAML starts on line 2). */
function positionOf(yaml: string, offset: number): Position {
  const before = yaml.slice(0, offset);
  return { line: before.split('\n').length + 1, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Where the value at `path` (`['topics', 1]`) is written in the file, or
 * with `key`, where its key is (for a field that should not be there): the
 * nearest part of the path that exists (a missing field points at its
 * parent), or line 2, where the frontmatter starts.
 */
export function fieldPosition(frontmatter: Pick<Frontmatter, 'document' | 'yaml'>, path: readonly PropertyKey[], { key = false } = {}): Position {
  const { document, yaml } = frontmatter;
  if (key && path.length > 0) {
    const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1) as unknown[], true);
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1)) : undefined;
    const range = isScalar(pair?.key) ? pair.key.range : undefined;
    if (range) return positionOf(yaml, range[0]);
  }
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return positionOf(yaml, node.range[0]);
  }
  return { line: 2, column: 1 };
}

/** fieldPosition in a frontmatter kept only as text (a read PaperFile's `frontmatterYaml`), for messages. */
export function locateField(yaml: string, path: readonly PropertyKey[], options: { key?: boolean } = {}): Position {
  return fieldPosition({ document: parseYaml(yaml), yaml }, path, options);
}
