import { describe, expect, it } from 'vitest';
import { locateField, readFrontmatter, splitFrontmatter } from '../../../src/format/frontmatter.ts';

const errorOf = (read: () => unknown): string => {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('splitFrontmatter', () => {
  it('cuts at the fences, with the line the body starts on; a BOM and CRLF read as if absent', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: "A"\r\n---\r\n\r\nBody.\r\n', 'x.mdx')).toEqual({ yaml: 'title: "A"', body: '\nBody.\n', bodyLine: 4 });
  });

  it.each([
    ['no opening line', 'title: "A"\n---\n', 'x.mdx:1:1: expected the file to start with a `---` line that opens the YAML frontmatter'],
    ['no closing line', '---\ntitle: "A"\n', 'x.mdx:1:1: the frontmatter is never closed; expected a `---` line after it'],
    // Astro ends the frontmatter at the first line starting with `---`; ending it anywhere else would read another file than the build.
    ['a closing line with more on it', '---\ntitle: "A"\n--- notes\nBody.\n', 'x.mdx:3:1: the line that closes the frontmatter must be exactly `---`, not "--- notes"'],
  ])('%s is refused with the line and the fix', (_case, text, message) => {
    expect(errorOf(() => splitFrontmatter(text, 'x.mdx'))).toBe(
      `${message}\n  fix: start the file with a \`---\` line, the YAML fields, and another \`---\` line (see CONTRIBUTING.md)`,
    );
  });
});

describe('readFrontmatter: the one way content YAML is read (ingest, check and the build)', () => {
  it.each([
    ['a date stays text', 'aliases: [2024-01-01]', { aliases: ['2024-01-01'] }],
    ['a timestamp stays text', 'at: 2024-01-01T10:00:00Z', { at: '2024-01-01T10:00:00Z' }],
    ['yes, no, on and off stay text', 'words: [yes, no, on, off]', { words: ['yes', 'no', 'on', 'off'] }],
    ['true, numbers and null are YAML 1.2 core', 'flags: [true, 12, 0x1F, 1e3, ~]', { flags: [true, 12, 31, 1000, null] }],
  ])('%s', (_case, yaml, data) => {
    expect(readFrontmatter(`---\n${yaml}\n---\n`, 'x.mdx').data).toEqual(data);
  });

  it('refuses a key given twice, at its line', () => {
    expect(errorOf(() => readFrontmatter('---\ntitle: "A"\ntitle: "B"\n---\n', 'x.mdx'))).toBe(
      'x.mdx:3:1: the frontmatter is not valid YAML: Map keys must be unique\n' +
        '  fix: fix the YAML syntax; put a value that holds `:`, `#` or quotes in double quotes',
    );
  });

  it('refuses aliases that expand too far in one line, at the first alias, without expanding them', () => {
    const levels = Array.from({ length: 9 }, (_, level) => `l${level}: &l${level} [${Array(9).fill(level ? `*l${level - 1}` : '"x"').join(', ')}]`);
    const started = performance.now();
    expect(errorOf(() => readFrontmatter(`---\n${levels.join('\n')}\n---\n`, 'x.mdx'))).toBe(
      "x.mdx:3:10: the frontmatter's YAML aliases (*name) expand to more than 100 copies, too many to read safely\n" +
        '  fix: write each value out in full: content files need no YAML anchors (&name) or aliases (*name)',
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still reads a few aliases', () => {
    expect(readFrontmatter('---\na: &a [x]\nb: *a\n---\n', 'x.mdx').data).toEqual({ a: ['x'], b: ['x'] });
  });
});

describe('locateField', () => {
  const yaml = 'title: "A"\ntopics:\n  - vision\n  - speech\n';
  it.each([
    ['a value', ['title'], {}, { line: 2, column: 8 }],
    ['an item of a list', ['topics', 1], {}, { line: 5, column: 5 }],
    ['a key', ['topics'], { key: true }, { line: 3, column: 1 }],
    ['a missing field, at its nearest parent', ['topics', 7], {}, { line: 4, column: 3 }],
    ['a field missing at the top, at the start of the frontmatter', ['aliases'], {}, { line: 2, column: 1 }],
  ])('finds %s', (_case, path, options, position) => {
    expect(locateField(yaml, path, options)).toEqual(position);
  });
});
