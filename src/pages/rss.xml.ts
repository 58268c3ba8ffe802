import type { APIRoute } from 'astro';
import { getAtlas } from '../site/atlas.ts';
import { absoluteUrl, paperPath } from '../site/url.ts';
import { escapeXml } from '../util/xml.ts';

/** How many papers the feed carries: feed readers want the latest, not the whole collection. */
const FEED_SIZE = 50;

/**
 * /rss.xml: an RSS 2.0 feed of the papers added last, newest first. The
 * listings have no dates, and papers are added by appending to a seed (or
 * adding a later seed file), so the end of seed order is the newest. An item
 * carries its paper's publication date (`published`) and authors when the
 * paper file has them; the feed has no build date, which keeps builds
 * byte-identical. Each item: title, the paper page as link and guid, the
 * abstract as plain text.
 */
export const GET: APIRoute = async () => {
  const { papers } = await getAtlas();
  const items = papers
    .slice(-FEED_SIZE)
    .reverse()
    .map(({ slug, entry, paper }) => {
      const url = escapeXml(absoluteUrl(paperPath(slug)));
      const { published, authors = [] } = entry.data;
      return [
        '    <item>',
        `      <title>${escapeXml(entry.data.title)}</title>`,
        `      <link>${url}</link>`,
        `      <guid isPermaLink="true">${url}</guid>`,
        ...(published ? [`      <pubDate>${new Date(`${published}T00:00:00Z`).toUTCString()}</pubDate>`] : []),
        ...authors.map((author) => `      <dc:creator>${escapeXml(author)}</dc:creator>`),
        `      <description>${escapeXml(paper.abstract)}</description>`,
        '    </item>',
      ].join('\n');
    });
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    '    <title>AR Atlas: latest papers</title>',
    `    <link>${escapeXml(absoluteUrl('/papers/'))}</link>`,
    '    <description>Research papers on autoregressive models, newest first.</description>',
    '    <language>en</language>',
    `    <atom:link href="${escapeXml(absoluteUrl('/rss.xml'))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
