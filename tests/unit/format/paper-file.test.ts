import { describe, expect, it } from 'vitest';
import type { PaperSlug } from '../../../src/util/ids.ts';
import { isHandEdited, NOTES_MARKER, paperFromFile, parsePaperFile } from '../../../src/format/paper-file.ts';
import { renderPaperFile } from '../../../src/format/render-paper-file.ts';

const fields = { title: 'ControlAR: Controllable', shortName: 'ControlAR', source: { file: 'seeds/x.txt', line: 15 }, links: [{ url: 'https://github.com/a/b', kind: 'code' as const }] };
const abstract = 'Text with a \\*star and [https://github.com/a/b](https://github.com/a/b).';

describe('parsePaperFile', () => {
  it('reads frontmatter, the abstract as plain text, and the notes', () => {
    const file = parsePaperFile(`${renderPaperFile(fields, abstract)}\nA *note*.\n`, 'content/papers/controlar.mdx');
    expect(file.frontmatter).toMatchObject({ ...fields, topics: [], excludeTopics: [], aliases: [] });
    expect(file.abstractMdx).toBe(abstract);
    expect(file.abstractText).toBe('Text with a *star and https://github.com/a/b.');
    expect(file.notes).toBe('\nA *note*.\n');
    expect(isHandEdited(file)).toBe(false);
    expect(paperFromFile(file, 'controlar' as PaperSlug)).toEqual({
      slug: 'controlar',
      title: 'ControlAR: Controllable',
      shortName: 'ControlAR',
      abstract: 'Text with a *star and https://github.com/a/b.',
      curatedTopics: [],
      excludedTopics: [],
    });
  });

  it('writes the notes marker on its own line after the abstract', () => {
    expect(renderPaperFile(fields, abstract).endsWith(`\n\n${abstract}\n\n${NOTES_MARKER}\n`)).toBe(true);
  });

  it('sees any change to what ingest owns as a hand edit, and contributor changes as none', () => {
    const text = renderPaperFile(fields, abstract);
    expect(isHandEdited(parsePaperFile(text.replace('star', 'stars'), 'x.mdx'))).toBe(true);
    expect(isHandEdited(parsePaperFile(text.replace('line: 15', 'line: 16'), 'x.mdx'))).toBe(true);
    expect(isHandEdited(parsePaperFile(text.replace('topics: []', 'topics: [vision-ar]'), 'x.mdx'))).toBe(false);
    expect(isHandEdited(parsePaperFile(text.replace(/generated: .*\n/, ''), 'x.mdx'))).toBe(true);
  });

  const PAPER_FIX = '\n  fix: give the field a value that src/schemas/paper.ts accepts (every field is described there)';
  const YAML_FIX = '\n  fix: fix the YAML syntax; put a value that holds `:`, `#` or quotes in double quotes';
  it.each([
    ['a schema error names the file, the line and the field', (text: string) => text.replace('"https://github.com/a/b"', '"javascript:alert(1)"'), `content/papers/x.mdx:8:10: links[0].url must start with http:// or https://.${PAPER_FIX}`],
    ['an unknown field is named with the fields that are allowed, and the one meant', (text: string) => text.replace('aliases: []', 'aliases: []\ntopic: [x]'), `content/papers/x.mdx:13:1: topic is not a known field; expected one of title, shortName, source, links, topics, excludeTopics, aliases, generated. Did you mean "topics"?${PAPER_FIX}`],
    ['a missing field', (text: string) => text.replace(/title: .*\n/, ''), `content/papers/x.mdx:2:1: title is missing; expected a text.${PAPER_FIX}`],
    ['broken YAML', (text: string) => text.replace('title: "', 'title: ["'), `content/papers/x.mdx:3:1: the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]${YAML_FIX}`],
    ['no frontmatter', (text: string) => text.slice(4), 'content/papers/x.mdx:1:1: expected the file to start with a `---` line that opens the YAML frontmatter\n  fix: start the file with a `---` line, the YAML fields, and another `---` line (see CONTRIBUTING.md)'],
    ['broken MDX in the body', (text: string) => text.replace('Text with', 'Text <with'), /^content\/papers\/x\.mdx:16:14: the body is not valid MDX: Unexpected character `\\` \(U\+005C\) after attribute name.*\n  fix: MDX reads `\{`, `<`/],
  ])('%s', (_name, edit, expected) => {
    const text = edit(renderPaperFile(fields, abstract));
    let message = '';
    try {
      parsePaperFile(text, 'content/papers/x.mdx');
    } catch (error) {
      message = (error as Error).message;
    }
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });
});
