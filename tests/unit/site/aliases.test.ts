import { describe, expect, it } from 'vitest';
import { aliasRedirects } from '../../../src/format/aliases.ts';

const papers = [
  { slug: 'new-name', file: 'content/papers/new-name.mdx', aliases: ['old-name'] },
  { slug: 'other', file: 'content/papers/other.mdx', aliases: ['new-name'] },
];

describe('aliasRedirects', () => {
  it('turns each alias into a redirect to its paper', () => {
    expect(aliasRedirects(papers.slice(0, 1))).toEqual([{ alias: 'old-name', to: 'new-name', file: 'content/papers/new-name.mdx' }]);
  });

  it('fails the build naming both files when an alias is another paper\'s slug', () => {
    expect(() => aliasRedirects(papers)).toThrow(
      'content/papers/other.mdx: alias "new-name" is the slug of another paper, content/papers/new-name.mdx\n' +
        '  fix: remove the alias, or merge content/papers/new-name.mdx into this file and delete it; an address can lead to one page only',
    );
  });
});
