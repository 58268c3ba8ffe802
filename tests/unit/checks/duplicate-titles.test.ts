import { describe, expect, it } from 'vitest';
import { duplicateTitles } from '../../../src/checks/duplicate-titles.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('duplicate-titles', () => {
  it('names both files when two titles differ only in case and spacing', async () => {
    expect(printed(duplicateTitles(await fixtureContent('duplicate-titles')))).toEqual([
      'content/papers/image-tokens.mdx:2:8: title "Image Tokens" is also the title of content/papers/image-tokens-again.mdx [duplicate-titles]\n' +
        "  fix: if both files are the same paper, keep one, delete the other and add the deleted file's slug to the kept file's `aliases` so its address redirects; if they are different papers, make the titles differ",
    ]);
  });
});
