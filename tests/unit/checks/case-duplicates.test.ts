import { describe, expect, it } from 'vitest';
import { caseDuplicates } from '../../../src/checks/case-duplicates.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('case-duplicates', () => {
  it('names paper and topic files that differ only in case, which a Mac or Windows checkout merges into one', async () => {
    expect(printed(caseDuplicates(await fixtureContent('case-duplicates')))).toEqual([
      'content/papers/Image-Tokens.mdx: content/papers/Image-Tokens.mdx and content/papers/image-tokens.mdx differ only in case: on macOS and Windows they are one file, so a checkout keeps only one of them [case-duplicates]\n' +
        '  fix: keep one file: move what the others hold (notes, topics, aliases) into it and delete them; a slug or topic id is lowercase',
      'content/topics/Vision.md: content/topics/Vision.md and content/topics/vision.md differ only in case: on macOS and Windows they are one file, so a checkout keeps only one of them [case-duplicates]\n' +
        '  fix: keep one file: move what the others hold (notes, topics, aliases) into it and delete them; a slug or topic id is lowercase',
    ]);
  });
});
