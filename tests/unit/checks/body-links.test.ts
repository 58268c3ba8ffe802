import { describe, expect, it } from 'vitest';
import { bodyLinks } from '../../../src/checks/body-links.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('body-links', () => {
  it('names links in paper and topic bodies to pages that do not exist, at their line and column', async () => {
    const paperFix =
      '  fix: link to /papers/<slug>/ with the file name of a paper in content/papers/ (without .mdx); if the paper was renamed, add its old slug to the `aliases` of the renamed file';
    // Relative links, /topics/<id>.json, site pages other than papers and topics, and other sites are not named.
    expect(printed(bodyLinks(await fixtureContent('body-links')))).toEqual([
      `content/papers/image-tokens.mdx:12:20: link to /papers/image-token/ points nowhere: no paper has the slug or alias "image-token". Did you mean "image-tokens"? [body-links]\n${paperFix}`,
      'content/papers/image-tokens.mdx:16:5: link to /topics/vision has no trailing slash; the page is at /topics/vision/ [body-links]\n' +
        '  fix: write /topics/vision/ (every page address ends with a slash)',
      `content/papers/image-tokens.mdx:17:1: link to /papers/nowhere/ points nowhere: no paper has the slug or alias "nowhere". [body-links]\n${paperFix}`,
      'content/topics/vision.md:10:67: link to /topics/speach/ points nowhere: there is no topic "speach". [body-links]\n' +
        '  fix: link to /topics/<id>/ with the file name of a topic in content/topics/ (without .md)',
    ]);
  });
});
