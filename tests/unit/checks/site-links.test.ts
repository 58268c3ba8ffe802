import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteLinks } from '../../../src/checks/site-links.ts';
import { readSite } from '../../../src/cli/built-site.ts';
import { fixturePath, printed } from './fixture.ts';

describe('site-links', () => {
  it('names each broken internal link of a built site once, with how many other pages have it', async () => {
    const site = await readSite(join(fixturePath('site-links'), 'site'), '/atlas/');
    const { messages, checked } = siteLinks(site);
    expect(printed(messages)).toEqual([
      '/atlas/: <a href="/atlas/papers/missing/"> points to /atlas/papers/missing/, which the build did not produce (no papers/missing/index.html); the same link is on 1 other page(s) [site-links]\n' +
        '  fix: link to a page that exists; if a paper was renamed, add its old slug to the `aliases` of its file',
      '/atlas/: <a href="/papers/a/"> is outside the site\'s base /atlas/ [site-links]\n' +
        '  fix: build internal links with href() from src/site/url.ts, which adds BASE_PATH; in content, write site paths such as /papers/<slug>/',
      '/atlas/: <a href="/atlas/papers/a/#nope">: /atlas/papers/a/ has no element with id "nope" [site-links]\n' +
        '  fix: link to an id the page has, or drop the #fragment',
    ]);
    // Two icons, six links on the home page (one to another site, not counted), two on the paper page.
    expect(checked).toBe(2 + 5 + 2);
  });
});
