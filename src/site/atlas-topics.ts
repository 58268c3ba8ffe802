import { getCollection, type CollectionEntry } from 'astro:content';
import { groupByField, type FieldGroup } from '../knowledge/fields.ts';
import { createLeanReader, type Lean } from '../knowledge/lean.ts';
import type { Paper } from '../knowledge/paper.ts';
import { readFirst, termVectors, type ReadFirst, type TermVector } from '../knowledge/read-first.ts';
import { relatedTopics, type RelatedTopic } from '../knowledge/related.ts';
import { deriveTopics, TopicReferenceError, type Membership, type Topic } from '../knowledge/topics.ts';
import { isTopicId, type PaperSlug, type TopicId } from '../util/ids.ts';
import { cachedTopicScorer, corpusLearnedPart } from './topic-cache.ts';

/** One topic as every page sees it. */
export interface AtlasTopic {
  id: TopicId;
  /** The `topics` collection entry: frontmatter in `data`, Markdown body for `render()`. */
  entry: CollectionEntry<'topics'>;
  topic: Topic;
  /** Its papers: curated first, then best score, then seed order. */
  members: readonly Membership[];
  /** Topics sharing papers with it, most shared first. */
  related: readonly RelatedTopic[];
  /** For comparison topics (with `lean` rules): which way each member leans. */
  leans: ReadonlyMap<PaperSlug, Lean>;
  /** The papers to read first: its surveys, then the members closest to its centre (src/knowledge/read-first.ts). */
  readFirst: readonly ReadFirst[];
  /** For topics with `fields`: its papers grouped by field, in the topic's order (src/knowledge/fields.ts). */
  fields: readonly FieldGroup[] | undefined;
}

/** Topic membership for the whole site, derived once per build. */
export interface TopicAtlas {
  /** Display order: most papers first, the catch-all last, ties by id. */
  list: readonly AtlasTopic[];
  byId: ReadonlyMap<TopicId, AtlasTopic>;
  /** A paper's topics, in display order. */
  byPaper: ReadonlyMap<PaperSlug, readonly Membership[]>;
  /** A paper's one-line gist (src/knowledge/gist.ts), as the papers' loader derived it. */
  gist(slug: PaperSlug): string;
}

interface PaperSource {
  paper: Paper;
  /** The file, for error messages. */
  file: string;
  /** Its one-line gist (src/knowledge/gist.ts). */
  gist: string;
  /** The digest of its content entry, which keys its topic scores in the cache between builds (src/site/topic-cache.ts). */
  digest: string | undefined;
}

/**
 * Read the `topics` collection and derive every membership, relation and
 * lean with the pure functions in src/knowledge/. Throws (failing the build)
 * when a paper names an unknown topic, naming the paper's file and the id.
 */
export async function loadTopicAtlas(papers: readonly PaperSource[], ahead?: { vectors: ReadonlyMap<PaperSlug, TermVector> }): Promise<TopicAtlas> {
  const entries = await getCollection('topics');
  const unsorted = entries.map((entry) => {
    if (!isTopicId(entry.id)) {
      throw new Error(`${entry.filePath ?? entry.id}: "${entry.id}" is not a valid topic id; rename the file to lowercase words joined by hyphens (at most 40 characters)`);
    }
    return { ...entry.data, id: entry.id } satisfies Topic;
  });
  const files = new Map(papers.map((source) => [source.paper.slug, source.file]));
  // In a build the topic thread (src/site/prescore-topics.ts) has put the scores in the cache: src/site/atlas.ts waits for it.
  const scorer = await cachedTopicScorer(papers, unsorted, await corpusLearnedPart(unsorted));
  const membership = deriveTopics(papers.map((source) => source.paper), unsorted, { fileOf: (paper) => files.get(paper.slug)! }, scorer.scoreOf);
  const { reused, scored } = await scorer.save();
  // Once per build: how much of the scoring the pages waited for (none when the topic thread did it all).
  console.info(`[ar-atlas:topics] topic scores of ${reused + scored} papers: ${reused} from the cache (the build's topic thread, or the last build), ${scored} scored while the pages waited`);
  const size = (id: TopicId): number => membership.byTopic.get(id)!.length;
  const ordered = [...unsorted].sort((a, b) => Number(a.catchAll) - Number(b.catchAll) || size(b.id) - size(a.id) || (a.id < b.id ? -1 : 1));
  const rank = new Map<string, number>(ordered.map((topic, index) => [topic.id, index]));
  const byPaper = new Map(
    [...membership.byPaper].map(([slug, memberships]) => [slug, [...memberships].sort((a, b) => rank.get(a.topic)! - rank.get(b.topic)!)] as const),
  );
  checkFieldTopics(unsorted);
  const related = relatedTopics(membership);
  const bySlug = new Map(papers.map((source) => [source.paper.slug, source.paper]));
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  // The papers' term vectors, unless the topic thread worked them out from these very papers (src/site/atlas.ts checks).
  const vectors = ahead?.vectors ?? termVectors(papers.map((source) => source.paper));
  const topicsOf = (slug: PaperSlug): string[] => (membership.byPaper.get(slug) ?? []).map((item) => item.topic);
  const list = ordered.map((topic): AtlasTopic => {
    const members = membership.byTopic.get(topic.id)!;
    const memberPapers = members.map((member) => bySlug.get(member.paper)!);
    const reader = topic.lean ? createLeanReader(topic.lean) : undefined;
    const leans = new Map(reader ? members.map((member) => [member.paper, reader.read(bySlug.get(member.paper)!)] as const) : []);
    return {
      id: topic.id,
      entry: entryById.get(topic.id)!,
      topic,
      members,
      related: related.get(topic.id) ?? [],
      leans,
      readFirst: readFirst(memberPapers, vectors),
      fields: topic.fields ? groupByField(memberPapers, topic.fields, topicsOf) : undefined,
    };
  });
  const gists = new Map(papers.map((source) => [source.paper.slug, source.gist]));
  const gistOf = (slug: PaperSlug): string => gists.get(slug) ?? '';
  return { list, byId: new Map(list.map((item) => [item.id, item])), byPaper, gist: gistOf };
}

/** A topic's `fields` may only name topics that exist; the build stops naming the file and the id (npm run check names the line). */
function checkFieldTopics(topics: readonly Topic[]): void {
  const known = new Set<string>(topics.map((topic) => topic.id));
  const problems = topics.flatMap((topic) =>
    (topic.fields ?? []).flatMap((field) =>
      field.topics
        .filter((id) => !known.has(id))
        .map((id) => ({ file: `content/topics/${topic.id}.md`, reason: `unknown topic "${id}" in fields (field "${field.name}"); known topics: ${[...known].join(', ')}.` })),
    ),
  );
  if (problems.length) throw new TopicReferenceError(problems);
}
