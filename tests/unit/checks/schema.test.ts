import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/checks/schema.ts';
import { slugs } from '../../../src/checks/slugs.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('schema', () => {
  it('names the paper field the schema refuses, with its line', async () => {
    expect(printed(schema(await fixtureContent('schema-field')))).toEqual([
      'content/papers/image-tokens.mdx:7:9: topics must be a list, got "vision". [schema]\n' +
        '  fix: give the field a value that src/schemas/paper.ts accepts (every field is described there)',
    ]);
  });

  it('explains an MDX body that does not parse, at the line and column of the problem', async () => {
    expect(printed(schema(await fixtureContent('schema-mdx')))).toEqual([
      'content/papers/image-tokens.mdx:16:41: the body is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{` [schema]\n' +
        '  fix: MDX reads `{`, `<` and a line starting with `import` or `export` as code: write `\\{` or `\\<` for the characters themselves, or close the tag or expression',
    ]);
  });

  it('names every field of a topic file the schema refuses, each at its line, with a "did you mean" for a misspelt one', async () => {
    const fix = '  fix: give the field a value that src/schemas/topic.ts accepts (every field is described there)';
    expect(printed(schema(await fixtureContent('schema-topic')))).toEqual([
      `content/topics/vision.md:5:3: rules.threshold is missing; expected a number. [schema]\n${fix}`,
      `content/topics/vision.md:7:12: rules.title.image must be a number or \`{ points, why }\`, got "two". [schema]\n${fix}`,
      `content/topics/vision.md:5:3: rules.treshold is not a known field; expected one of threshold, title, abstract, contrast, must, mustAlso, mustNot, learned. Did you mean "threshold"? [schema]\n${fix}`,
    ]);
  });

  it('names every term of the search synonyms the schema refuses', async () => {
    const fix = '  fix: give the field a value that src/schemas/synonyms.ts accepts (every field is described there)';
    expect(printed(schema(await fixtureContent('schema-synonyms')))).toEqual([
      `content/search/synonyms.yaml:5:5: groups[2] needs at least 2 item(s). [schema]\n${fix}`,
      `content/search/synonyms.yaml:6:6: groups[3][0]: must be words of letters and digits separated by single spaces or hyphens, got "quantiz*". [schema]\n${fix}`,
      `content/search/synonyms.yaml:4:24: groups[1][1]: repeats "tts", already in groups[0]; keep each term in one group. [schema]\n${fix}`,
    ]);
  });
});

describe('schema: YAML', () => {
  it('refuses a YAML alias bomb in one line naming the first alias, instead of expanding it', async () => {
    expect(printed(schema(await fixtureContent('yaml-alias-bomb')))).toEqual([
      "content/papers/image-tokens.mdx:7:8: the frontmatter's YAML aliases (*name) expand to more than 100 copies, too many to read safely [schema]\n" +
        '  fix: write each value out in full: content files need no YAML anchors (&name) or aliases (*name)',
    ]);
  });

  it('reads `2024-01-01` and `yes` as text, as the build does (it reads the same way, through src/format/)', async () => {
    const content = await fixtureContent('date-alias');
    expect(printed([...schema(content), ...slugs(content)])).toEqual([]);
    expect(content.papers[0]!.parsed!.frontmatter.aliases).toEqual(['2024-01-01', 'yes']);
  });
});
