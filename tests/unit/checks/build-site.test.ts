import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildErrors, readBuildErrors } from '../../../src/checks/build-site.ts';
import { locateRenderError } from '../../../src/cli/locate-render-error.ts';
import { fixturePath, printed } from './fixture.ts';

describe('build', () => {
  it('names the file of a failed build from its output, both files of an alias that is a slug', async () => {
    const output = await readFile(join(fixturePath('build'), 'build-output.txt'), 'utf8');
    expect(printed(parseBuildErrors(output))).toEqual([
      'content/papers/olmo-2-furious.mdx: alias "autoregressive-models-in-vision-a-survey" is the slug of another paper, content/papers/autoregressive-models-in-vision-a-survey.mdx; remove the alias, or merge content/papers/autoregressive-models-in-vision-a-survey.mdx into this file and delete it; an address can lead to one page only [build]\n' +
        '  fix: fix what the message says; `npm run build` shows the whole output',
    ]);
  });

  it('quotes the last lines of a failure that names no project file', () => {
    expect(printed(parseBuildErrors('building\n[ERROR] Something broke\n  at somewhere (node:internal)\n'))).toEqual([
      'astro build: the build failed: building / [ERROR] Something broke /   at somewhere (node:internal) [build]\n' +
        '  fix: fix what the message says; `npm run build` shows the whole output',
    ]);
  });

  it('maps an MDX error in a contributor\'s note from the compiled chunk back to the paper file, line and column', async () => {
    const output = await readFile(join(fixturePath('build-mdx'), 'build-output.txt'), 'utf8');
    expect(output).toMatch(/at _createMdxContent \(file:\/\/\/tmp\/ar-atlas-scratch\/dist\/\.prerender\/chunks\//);
    expect(printed(await readBuildErrors(output, fixturePath('build-mdx')))).toEqual([
      'content/papers/autoregressive-hidden-markov-models-with-partial-knowledge.mdx:17:14: ReferenceError: k is not defined, while the build rendered /papers/autoregressive-hidden-markov-models-with-partial-knowledge/ [build]\n' +
        '  fix: MDX runs `{…}` and `<Tags>` in a paper file as code: write `\\{` and `\\<` to show the characters, or define what the code uses',
    ]);
  });

  const paper = (notes: string): string => `---\ntitle: "A {k} title"\n---\n\nAbstract.\n\n${notes}\n`;
  it.each([
    ['a variable in an expression', 'Notes {1 + k}.', 'ReferenceError: k is not defined', { line: 7, column: 12 }],
    ['a variable in a JSX attribute', 'See <a title={q}>x</a>.', 'ReferenceError: q is not defined', { line: 7, column: 15 }],
    ['an undefined component', 'Line one.\n\n<Chart data="x" />', 'Error: Expected component `Chart` to be defined: you likely forgot to import, pass, or provide it.', { line: 9, column: 1 }],
    ['an error it cannot place', 'Notes.', 'TypeError: x.map is not a function', undefined],
  ])('locates %s in the file, frontmatter lines counted', (_, notes, error, place) => {
    expect(locateRenderError(paper(notes), error)).toEqual(place);
  });
});
