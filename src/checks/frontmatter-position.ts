import { parseDocument } from 'yaml';

/** A place in a content file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Where the value at `path` (`['topics', 1]`) is written in a file whose
 * frontmatter is `yaml`: the frontmatter starts on line 2, after the
 * opening `---`. Falls back to the nearest parent that exists, then to line 2.
 */
export function frontmatterPosition(yaml: string, path: readonly (string | number)[]): Position {
  const document = parseDocument(yaml);
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) continue;
    const before = yaml.slice(0, node.range[0]);
    return { line: before.split('\n').length + 1, column: node.range[0] - (before.lastIndexOf('\n') + 1) + 1 };
  }
  return { line: 2, column: 1 };
}
