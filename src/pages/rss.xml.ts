import { getRssString } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAtlas } from '../site/atlas.ts';
import { absoluteUrl, paperPath } from '../site/url.ts';
import { escapeXml, xmlCharacters } from '../util/xml.ts';

/** How many papers the feed carries: feed readers want the latest, not the whole collection. */
const FEED_SIZE = 50;

/**
 * /rss.xml: an RSS 2.0 feed of the papers added last, newest first, written
 * by @astrojs/rss. The listings have no dates, and papers are added by
 * appending to a seed (or adding a later seed file), so the end of seed
 * order is the newest. An item carries its paper's publication date
 * (`published`) and authors (`dc:creator`) when the paper file has them; the
 * feed has no build date, which keeps builds byte-identical. Each item:
 * title, the paper page as link and guid, the abstract as plain text.
 * @astrojs/rss escapes markup; characters XML cannot carry at all are
 * dropped first.
 */
export const GET: APIRoute = async () => {
  const { papers } = await getAtlas();
  const body = await getRssString({
    title: 'AR Atlas: latest papers',
    description: 'Research papers on autoregressive models, newest first.',
    site: absoluteUrl('/papers/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>en</language><atom:link href="${escapeXml(absoluteUrl('/rss.xml'))}" rel="self" type="application/rss+xml"/>`,
    items: papers
      .slice(-FEED_SIZE)
      .reverse()
      .map(({ slug, entry, paper }) => {
        const { published, authors = [] } = entry.data;
        return {
          title: xmlCharacters(entry.data.title),
          link: absoluteUrl(paperPath(slug)),
          ...(published ? { pubDate: new Date(`${published}T00:00:00Z`) } : {}),
          customData: authors.map((author) => `<dc:creator>${escapeXml(author)}</dc:creator>`).join(''),
          description: xmlCharacters(paper.abstract),
        };
      }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
