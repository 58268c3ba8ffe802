import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAstroCheck } from '../../../src/checks/types.ts';
import { fixturePath, printed } from './fixture.ts';

describe('types', () => {
  it('names each error of `astro check` at its file, line and column, and leaves out warnings and hints', async () => {
    const output = await readFile(join(fixturePath('types'), 'astro-check-output.txt'), 'utf8');
    expect(printed(parseAstroCheck(output))).toEqual([
      "src/broken.ts:1:14: Type 'number' is not assignable to type 'string'. [types]\n" +
        '  fix: fix the type error (ts(2322)); `npx astro check` shows it with the code around it',
    ]);
  });
});
