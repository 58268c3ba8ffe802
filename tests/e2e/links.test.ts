import { describe, expect, inject, it } from 'vitest';
import { formatMessage } from '../../src/util/message.ts';
import { siteLinks } from '../../src/checks/site-links.ts';
import { builds, readSite } from './built-site.ts';

// The link check itself lives in src/checks/site-links.ts, shared with `npm run check`.
describe.each(builds)('internal links $name', ({ key, base }) => {
  it(`all start with ${base} and reach a file of the site`, async () => {
    const site = await readSite(inject('sites')[key], base);
    const { messages, checked } = siteLinks(site);
    expect(messages.map(formatMessage)).toEqual([]);
    // Guards against a parser or walker that silently finds nothing.
    expect(checked).toBeGreaterThan(site.pages.length * 3);
  });
});
