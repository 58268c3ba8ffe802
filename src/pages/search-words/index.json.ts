import type { APIRoute } from 'astro';
import { getVocabulary } from '../../site/vocabulary.ts';

/** /search-words/index.json: which two-letter lists exist, so the browser asks only for those (no 404s). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify([...(await getVocabulary()).keys()]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
