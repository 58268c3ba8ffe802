import { readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { caseDuplicates } from '../../../src/checks/case-duplicates.ts';
import { loadContent } from '../../../src/checks/load-content.ts';
import { fixtureCopy, fixturePath, printed } from './fixture.ts';

describe('case-duplicates', () => {
  it('names paper and topic files that differ only in case, which a Mac or Windows checkout merges into one', async () => {
    // The twins are added to a copy: a repository holding both could not be checked out on macOS.
    const fixture = fixturePath('case-duplicates');
    const project = await fixtureCopy('case-duplicates', {
      'content/papers/Image-Tokens.mdx': await readFile(`${fixture}content/papers/image-tokens.mdx`, 'utf8'),
      'content/topics/Vision.md': await readFile(`${fixture}content/topics/vision.md`, 'utf8'),
    });
    try {
      expect(printed(caseDuplicates(await loadContent(project)))).toEqual([
        'content/papers/Image-Tokens.mdx: content/papers/Image-Tokens.mdx and content/papers/image-tokens.mdx differ only in case: on macOS and Windows they are one file, so a checkout keeps only one of them [case-duplicates]\n' +
          '  fix: keep one file: move what the others hold (notes, topics, aliases) into it and delete them; a slug or topic id is lowercase',
        'content/topics/Vision.md: content/topics/Vision.md and content/topics/vision.md differ only in case: on macOS and Windows they are one file, so a checkout keeps only one of them [case-duplicates]\n' +
          '  fix: keep one file: move what the others hold (notes, topics, aliases) into it and delete them; a slug or topic id is lowercase',
      ]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
