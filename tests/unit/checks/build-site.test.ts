import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildErrors } from '../../../src/checks/build-site.ts';
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
});
