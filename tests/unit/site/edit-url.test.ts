import { describe, expect, it } from 'vitest';
import { editUrl, type RepositoryField } from '../../../src/site/edit-url.ts';

const file = 'content/papers/x.mdx';

describe('editUrl', () => {
  it('is absent when neither REPO_URL nor package.json repository is set', () => {
    expect(editUrl(file, undefined, undefined)).toBeUndefined();
    expect(editUrl(file, '', undefined)).toBeUndefined();
    expect(editUrl(file, ' ', { type: 'git', url: '' })).toBeUndefined();
  });

  it('takes REPO_URL first, over package.json', () => {
    expect(editUrl(file, 'https://github.com/fork/ar-atlas/', 'github:upstream/ar-atlas')).toBe('https://github.com/fork/ar-atlas/edit/main/content/papers/x.mdx');
  });

  it.each<[RepositoryField, string]>([
    ['github:owner/repo', 'https://github.com/owner/repo/edit/main/content/papers/x.mdx'],
    ['owner/repo', 'https://github.com/owner/repo/edit/main/content/papers/x.mdx'],
    ['gitlab:owner/repo', 'https://gitlab.com/owner/repo/edit/main/content/papers/x.mdx'],
    ['https://github.com/owner/repo', 'https://github.com/owner/repo/edit/main/content/papers/x.mdx'],
    [{ type: 'git', url: 'git+https://github.com/owner/repo.git' }, 'https://github.com/owner/repo/edit/main/content/papers/x.mdx'],
    [{ type: 'git', url: 'git@github.com:owner/repo.git' }, 'https://github.com/owner/repo/edit/main/content/papers/x.mdx'],
    [{ type: 'git', url: 'git://github.com/owner/repo.git' }, 'https://github.com/owner/repo/edit/main/content/papers/x.mdx'],
    [{ type: 'git', url: 'https://github.com/owner/mono.git', directory: 'sites/atlas/' }, 'https://github.com/owner/mono/edit/main/sites/atlas/content/papers/x.mdx'],
  ])('reads package.json repository %j', (repository, expected) => {
    expect(editUrl(file, undefined, repository)).toBe(expected);
  });
});
