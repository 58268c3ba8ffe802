import { getCollection, type CollectionEntry } from 'astro:content';
import type { KeyNumber } from '../knowledge/key-numbers.ts';
import { mentionNames, paperMentions } from '../knowledge/mentions.ts';
import type { Paper } from '../knowledge/paper.ts';
import { relatedPapers, type RelatedPaper } from '../knowledge/related-papers.ts';
import type { PaperSlug } from '../util/ids.ts';
import { paperFromFile } from '../format/paper-file.ts';
import { paperSlugOf } from '../format/paper-slug.ts';
import { loadTopicAtlas, type TopicAtlas } from './atlas-topics.ts';
import { papersKey, prescoredTopics } from './prescore-topics.ts';
import { bySeedOrder } from './seed-order.ts';

/** One paper as every page sees it: its content entry and its place in seed order. */
export interface AtlasPaper {
  slug: PaperSlug;
  /** The `papers` collection entry: frontmatter in `data`, MDX for `render()`. */
  entry: CollectionEntry<'papers'>;
  /** The plain-text paper the derivations read (abstract as text), as `npm run ingest` sees it. */
  paper: Paper;
  /** The quantitative claims of its abstract (src/knowledge/key-numbers.ts), derived once per build. */
  keyNumbers: readonly KeyNumber[];
  /** Position in seed order, from 0. */
  index: number;
  prev: AtlasPaper | undefined;
  next: AtlasPaper | undefined;
}

/** Everything derived from the content once per build and shared by all pages. */
export interface Atlas {
  /** Every paper in seed order: by source file, then line. */
  papers: readonly AtlasPaper[];
  bySlug: ReadonlyMap<PaperSlug, AtlasPaper>;
  /** Topic membership, relations and leans, derived once from all papers (src/site/atlas-topics.ts). */
  topics: TopicAtlas;
  /** Each paper's most related papers, best first (src/knowledge/related-papers.ts). */
  related: ReadonlyMap<PaperSlug, readonly RelatedPaper[]>;
  /** The other papers each abstract names by short name, first mention first (src/knowledge/mentions.ts). */
  mentions: ReadonlyMap<PaperSlug, readonly PaperSlug[]>;
  /** The reverse: the papers whose abstracts name each paper, in seed order. */
  mentionedBy: ReadonlyMap<PaperSlug, readonly PaperSlug[]>;
}

let atlas: Promise<Atlas> | undefined;

/**
 * The atlas, loaded once per build. Every page awaits the same promise, so
 * 10,000 pages cost one collection read and one sort, not 10,000.
 */
export function getAtlas(): Promise<Atlas> {
  atlas ??= loadAtlas();
  return atlas;
}

async function loadAtlas(): Promise<Atlas> {
  const entries = await getCollection('papers');
  entries.sort(bySeedOrder);
  const papers: AtlasPaper[] = entries.map((entry, index) => {
    const slug = paperSlug(entry);
    // The loader read the abstract with the ingest's reader, so the site and the CLI derive from the very same text;
    // it extracted the key numbers too, once, and its cache keeps them between builds.
    const paper = paperFromFile({ frontmatter: entry.data, abstractText: entry.data.abstract }, slug);
    return { slug, entry, paper, keyNumbers: entry.data.keyNumbers, index, prev: undefined, next: undefined };
  });
  for (const [index, paper] of papers.entries()) {
    paper.prev = papers[index - 1];
    paper.next = papers[index + 1];
  }
  const sources = papers.map((item) => ({ paper: item.paper, file: fileOf(item.entry), gist: item.entry.data.gist, digest: item.entry.digest === undefined ? undefined : String(item.entry.digest) }));
  // The topic thread (src/site/prescore-topics.ts) has filled the topic cache and worked out the related papers and
  // term vectors by now, from what the loaders read; those are used only when it read these very papers, in this order.
  const ahead = await prescoredTopics();
  const fromThread = ahead?.papers === papersKey(sources);
  const topics = await loadTopicAtlas(sources, fromThread ? ahead : undefined);
  const plain = papers.map((item) => item.paper);
  const related = fromThread ? ahead.related : relatedPapers(plain);
  console.info(`[ar-atlas:related] related papers and term vectors of ${plain.length} papers: ${fromThread ? "from the build's topic thread" : 'worked out while the pages waited'}`);
  const mentions = paperMentions(plain, mentionNames(plain));
  const mentionedBy = new Map<PaperSlug, PaperSlug[]>();
  for (const [slug, named] of mentions) {
    for (const target of named) {
      const by = mentionedBy.get(target);
      if (by) by.push(slug);
      else mentionedBy.set(target, [slug]);
    }
  }
  return { papers, bySlug: new Map(papers.map((paper) => [paper.slug, paper])), topics, related, mentions, mentionedBy };
}

function fileOf(entry: CollectionEntry<'papers'>): string {
  return entry.filePath ?? `content/papers/${entry.id}.mdx`;
}

function paperSlug(entry: CollectionEntry<'papers'>): PaperSlug {
  return paperSlugOf(entry.id, fileOf(entry));
}
