import { describe, expect, it } from 'vitest';
import { slugs } from '../../../src/checks/slugs.ts';
import { readFile, rm } from 'node:fs/promises';
import { loadContent } from '../../../src/checks/load-content.ts';
import { fixtureContent, fixtureCopy, fixturePath, printed } from './fixture.ts';

describe('slugs', () => {
  it('names bad file names, and every alias that cannot lead to exactly one page, with both files', async () => {
    expect(printed(slugs(await fixtureContent('slugs')))).toEqual([
      'content/papers/2024.mdx: the slug "2024" is only digits, the address of a page of the paper index (/papers/2024/) [slugs]\n' +
        '  fix: rename the file, e.g. to paper-2024.mdx',
      'content/papers/Image_Tokens.mdx: the file name "Image_Tokens" is not a paper slug [slugs]\n' +
        '  fix: rename the file to lowercase ASCII letters and digits in words joined by single hyphens, at most 80 characters; the name is the page address /papers/<slug>/',
      'content/papers/by-title.mdx: the slug "by-title" is the address of a view of the paper index (/papers/by-title/) [slugs]\n' +
        '  fix: rename the file, e.g. to paper-by-title.mdx',
      'content/papers/kept.mdx:9:21: alias "Old Name" is not a slug [slugs]\n' +
        '  fix: write the last part of the old address /papers/<alias>/: lowercase ASCII letters and digits in words joined by single hyphens',
      'content/papers/merged.mdx:9:11: alias "kept" is the slug of another paper, content/papers/kept.mdx [slugs]\n' +
        '  fix: remove the alias, or merge content/papers/kept.mdx into this file and delete it; an address can lead to one page only',
      'content/papers/merged.mdx:9:17: alias "merged" is this paper\'s own slug [slugs]\n' +
        '  fix: remove it: the page is already at this address',
      'content/papers/merged.mdx:9:25: alias "old-name" is also an alias in content/papers/kept.mdx [slugs]\n' +
        '  fix: keep the alias only on the paper its old address should lead to',
      'content/papers/merged.mdx:9:35: alias "7" is only digits, the address of a page of the paper index (/papers/7/) [slugs]\n' +
        '  fix: remove it; no paper ever had this address',
      'content/papers/merged.mdx:9:40: alias "by-title" is the address of a view of the paper index (/papers/by-title/) [slugs]\n' +
        '  fix: remove it; no paper ever had this address',
    ]);
  });

  it('names a slug Windows cannot check out: a device name such as con', async () => {
    const paper = await readFile(`${fixturePath('clean')}content/papers/image-tokens.mdx`, 'utf8');
    const project = await fixtureCopy('clean', { 'content/papers/con.mdx': paper.replace('Image Tokens', 'Console').replace(/^aliases: .*$/m, 'aliases: []') });
    try {
      expect(printed(slugs(await loadContent(project)))).toEqual([
        'content/papers/con.mdx: the slug "con" is a name Windows reserves for a device: a file of that name cannot be checked out on Windows [slugs]\n' +
          '  fix: rename the file, e.g. to paper-con.mdx',
      ]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
