import type { APIRoute, GetStaticPaths } from 'astro';
import { getVocabulary } from '../../site/vocabulary.ts';

/**
 * /search-words/<xy>.json: the site's words that start with those two
 * letters, most widespread first, for correcting a misspelled search word
 * in the browser (src/client/spelling.ts); a correction downloads one list.
 */
export const getStaticPaths = (async () => {
  return [...(await getVocabulary())].map(([key, words]) => ({ params: { key }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { words: string[] }).words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
