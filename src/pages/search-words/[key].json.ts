import type { APIRoute, GetStaticPaths } from 'astro';
import { vocabulary } from '../../knowledge/vocabulary.ts';
import { getAtlas } from '../../site/atlas.ts';

/**
 * /search-words/<xy>.json: the site's words that start with those two
 * letters, most widespread first, for correcting a misspelled search word
 * in the browser (src/client/spelling.ts). From every title and abstract and
 * every topic's title and summary; a correction downloads one list.
 */
export const getStaticPaths = (async () => {
  const { papers, topics } = await getAtlas();
  const texts = [
    ...papers.map(({ paper }) => `${paper.title}\n${paper.abstract}`),
    ...topics.list.map(({ topic }) => `${topic.title}\n${topic.summary}`),
  ];
  return [...vocabulary(texts)].map(([key, words]) => ({ params: { key }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { words: string[] }).words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
