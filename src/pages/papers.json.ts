import type { APIRoute } from 'astro';
import { getAtlas } from '../site/atlas.ts';
import { absoluteUrl, paperPath } from '../site/url.ts';

/** Every paper as data, in seed order: `[{ slug, title, url, topics, links, keyNumbers }]`. */
export const GET: APIRoute = async () => {
  const { papers, topics } = await getAtlas();
  const body = papers.map(({ slug, entry, keyNumbers }) => ({
    slug,
    title: entry.data.title,
    url: absoluteUrl(paperPath(slug)),
    topics: (topics.byPaper.get(slug) ?? []).map((membership) => membership.topic),
    links: entry.data.links,
    // { kind, value, unit, sentence }, plus upper, bound and compared when the abstract gives them.
    keyNumbers: keyNumbers.map(({ sentenceStart: _start, ...number }) => number),
  }));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
