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

  it('reads the bibliographic fields, a YAML date as an ISO date string', () => {
    const text = renderPaperFile(fields, abstract).replace(
      'topics: []',
      'arxiv: "hep-th/9901001"\ndoi: "https://doi.org/10.1145/3366423.3380211"\nauthors: [Yi Ren, Xu Tan]\npublished: 2019-05-22\nvenue: NeurIPS 2019\ntopics: []',
    );
    expect(parsePaperFile(text, 'x.mdx').frontmatter).toMatchObject({
      arxiv: 'hep-th/9901001',
      doi: '10.1145/3366423.3380211',
      authors: ['Yi Ren', 'Xu Tan'],
      published: '2019-05-22',
      venue: 'NeurIPS 2019',
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
    ['a schema error names the file, the line and the field', (text: string) => text.replace('"https://github.com/a/b"', '"javascript:alert(1)"'), `content/papers/x.mdx:8:10: links[0].url: must start with http:// or https://.${PAPER_FIX}`],
    ['an unknown field is named with the fields that are allowed, and the one meant', (text: string) => text.replace('aliases: []', 'aliases: []\ntopic: [x]'), `content/papers/x.mdx:13:1: topic is not a known field; expected one of title, shortName, source, links, arxiv, doi, authors, published, venue, topics, excludeTopics, aliases, generated. Did you mean "topics"?${PAPER_FIX}`],
    ['an arXiv id with its version', (text: string) => text.replace('topics: []', 'arxiv: "2410.03355v2"\ntopics: []'), `content/papers/x.mdx:10:8: arxiv: write the arXiv id without its version: "2410.03355".${PAPER_FIX}`],
    ['an arXiv id YAML reads as a number', (text: string) => text.replace('topics: []', 'arxiv: 2410.03350\ntopics: []'), `content/papers/x.mdx:10:8: arxiv: quote the arXiv id (arxiv: "YYMM.NNNNN"): unquoted, YAML reads it as the number 2410.0335 and drops any trailing zero.${PAPER_FIX}`],
    ['something that is no arXiv id', (text: string) => text.replace('topics: []', 'arxiv: "2413.0001"\ntopics: []'), `content/papers/x.mdx:10:8: arxiv: "2413.0001" is not an arXiv id; expected YYMM.NNNNN such as "2410.03355" (4 digits after the dot before 2015), or old-style "hep-th/9901001".${PAPER_FIX}`],
    ['a DOI without its prefix', (text: string) => text.replace('topics: []', 'doi: "1145/3366423"\ntopics: []'), `content/papers/x.mdx:10:6: doi: expected a DOI such as "10.1145/3366423.3380211": 10., a number, a slash, then the suffix.${PAPER_FIX}`],
    ['a date that is not ISO', (text: string) => text.replace('topics: []', 'published: "03/10/2024"\ntopics: []'), `content/papers/x.mdx:10:12: published: expected an ISO date such as 2024-10-03 (year-month-day).${PAPER_FIX}`],
    ['an empty author list', (text: string) => text.replace('topics: []', 'authors: []\ntopics: []'), `content/papers/x.mdx:10:10: authors: list at least one author, or leave the field out.${PAPER_FIX}`],
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
