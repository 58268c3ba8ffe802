import type { APIRoute } from 'astro';
import { getAtlas } from '../site/atlas.ts';
import { absoluteUrl, paperPath, topicPath } from '../site/url.ts';
import { escapeXml } from '../util/xml.ts';

/**
 * /sitemap.xml: the pages worth indexing, as full addresses (SITE_URL and
 * BASE_PATH included): home, the paper and topic indexes, every topic and
 * every paper. Redirect pages of aliases (noindex), search and the 404 page
 * are left out. One file holds up to 50,000 addresses, the protocol's limit.
 */
export const GET: APIRoute = async () => {
  const { papers, topics } = await getAtlas();
  const paths = ['/', '/papers/', '/topics/', ...topics.list.map((topic) => topicPath(topic.id)), ...papers.map((paper) => paperPath(paper.slug))];
  const urls = paths.map((path) => `  <url><loc>${escapeXml(absoluteUrl(path))}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
