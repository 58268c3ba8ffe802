import { getAtlas } from './atlas.ts';
import { absoluteUrl, paperPath, topicPath } from './url.ts';

/**
 * The pages worth indexing, as full addresses (SITE_URL and BASE_PATH
 * included): home, the paper and topic indexes, every topic and every
 * paper. Redirect pages of aliases (noindex), search and the 404 page are
 * left out.
 */
export async function sitemapUrls(): Promise<string[]> {
  const { papers, topics } = await getAtlas();
  const paths = ['/', '/papers/', '/topics/', ...topics.list.map((topic) => topicPath(topic.id)), ...papers.map((paper) => paperPath(paper.slug))];
  return paths.map(absoluteUrl);
}
