import type { APIRoute } from 'astro';
import { getAtlas } from '../site/atlas.ts';
import { absoluteUrl, paperPath } from '../site/url.ts';

/**
 * Every paper as data, in seed order: `[{ slug, title, url, topics, links,
 * abstract, arxiv?, doi?, authors?, published?, venue?, related, mentions,
 * keyNumbers }]`.
 * The bibliographic fields appear when the paper file has them; `related`
 * (best first) and `mentions` (first mention first) are slugs.
 */
export const GET: APIRoute = async () => {
  const { papers, topics, related, mentions } = await getAtlas();
  const body = papers.map(({ slug, entry, paper, keyNumbers }) => {
    const { title, links, arxiv, doi, authors, published, venue } = entry.data;
    return {
      slug,
      title,
      url: absoluteUrl(paperPath(slug)),
      topics: (topics.byPaper.get(slug) ?? []).map((membership) => membership.topic),
      links,
      abstract: paper.abstract,
      ...(arxiv !== undefined && { arxiv }),
      ...(doi !== undefined && { doi }),
      ...(authors !== undefined && { authors }),
      ...(published !== undefined && { published }),
      ...(venue !== undefined && { venue }),
      related: (related.get(slug) ?? []).map((entry) => entry.paper),
      mentions: mentions.get(slug) ?? [],
      // { kind, value, unit, sentence }, plus upper, bound and compared when the abstract gives them.
      keyNumbers: keyNumbers.map(({ sentenceStart: _start, ...number }) => number),
    };
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
