import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/checks/schema.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('schema', () => {
  it('names the paper field the schema refuses, with its line', async () => {
    expect(printed(schema(await fixtureContent('schema-field')))).toEqual([
      'content/papers/image-tokens.mdx:7:1: field `topics`: Invalid input: expected array, received string [schema]\n' +
        '  fix: give the field a value that src/schemas/paper.ts accepts (every field is described there)',
    ]);
  });

  it('explains an MDX body that does not parse, at the line and column of the problem', async () => {
    expect(printed(schema(await fixtureContent('schema-mdx')))).toEqual([
      'content/papers/image-tokens.mdx:16:41: the body is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{` [schema]\n' +
        '  fix: MDX reads `{`, `<` and a line starting with `import` or `export` as code: write `\\{` or `\\<` for the characters themselves, or close the tag or expression',
    ]);
  });

  it('names every field of a topic file the schema refuses', async () => {
    const fix = '  fix: give the field a value that src/schemas/topic.ts accepts (every field is described there)';
    expect(printed(schema(await fixtureContent('schema-topic')))).toEqual([
      `content/topics/vision.md: rules.threshold is missing; expected a number. [schema]\n${fix}`,
      `content/topics/vision.md: rules.title.image must be a number or \`{ points, why }\`, got "two". [schema]\n${fix}`,
      `content/topics/vision.md: rules.treshold is not a known field; expected one of threshold, title, abstract, contrast, must, mustAlso, mustNot. Did you mean "threshold"? [schema]\n${fix}`,
    ]);
  });
});
