import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../site/atlas.ts';
import type { AtlasTopic } from '../../site/atlas-topics.ts';
import { absoluteUrl, paperPath, topicPath } from '../../site/url.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getAtlas();
  return topics.list.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

/**
 * /topics/<id>.json: one topic as data, for readers who link to a topic or
 * build on it: `{ id, title, summary, url, papers: [{ slug, title, url }] }`,
 * papers curated first, then best match (the topic page may group them by field).
 */
export const GET: APIRoute<{ topic: AtlasTopic }> = async ({ props: { topic } }) => {
  const { bySlug } = await getAtlas();
  const body = {
    id: topic.id,
    title: topic.topic.title,
    summary: topic.topic.summary,
    url: absoluteUrl(topicPath(topic.id)),
    papers: topic.members.map(({ paper }) => ({ slug: paper, title: bySlug.get(paper)!.entry.data.title, url: absoluteUrl(paperPath(paper)) })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
