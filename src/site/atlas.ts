import { getCollection, type CollectionEntry } from 'astro:content';
import type { Paper } from '../knowledge/paper.ts';
import { isPaperSlug, type PaperSlug } from '../util/ids.ts';
import { paperFromFile } from '../format/paper-file.ts';
import { loadTopicAtlas, type TopicAtlas } from './atlas-topics.ts';

/** One paper as every page sees it: its content entry and its place in seed order. */
export interface AtlasPaper {
  slug: PaperSlug;
  /** The `papers` collection entry: frontmatter in `data`, MDX for `render()`. */
  entry: CollectionEntry<'papers'>;
  /** The plain-text paper the derivations read (abstract as text), as `npm run ingest` sees it. */
  paper: Paper;
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
    // The loader read the abstract with the ingest's reader, so the site and the CLI derive from the very same text.
    return { slug, entry, paper: paperFromFile({ frontmatter: entry.data, abstractText: entry.data.abstract }, slug), index, prev: undefined, next: undefined };
  });
  for (const [index, paper] of papers.entries()) {
    paper.prev = papers[index - 1];
    paper.next = papers[index + 1];
  }
  const topics = await loadTopicAtlas(papers.map((item) => ({ paper: item.paper, file: fileOf(item.entry) })));
  return { papers, bySlug: new Map(papers.map((paper) => [paper.slug, paper])), topics };
}

function bySeedOrder(a: CollectionEntry<'papers'>, b: CollectionEntry<'papers'>): number {
  const fileOrder = a.data.source.file < b.data.source.file ? -1 : a.data.source.file > b.data.source.file ? 1 : 0;
  // The id breaks ties so that two files claiming one seed line still sort the same way every build.
  return fileOrder || a.data.source.line - b.data.source.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function fileOf(entry: CollectionEntry<'papers'>): string {
  return entry.filePath ?? `content/papers/${entry.id}.mdx`;
}

function paperSlug(entry: CollectionEntry<'papers'>): PaperSlug {
  const file = fileOf(entry);
  if (!isPaperSlug(entry.id)) {
    throw new Error(
      `${file}: "${entry.id}" is not a valid paper slug; rename the file to lowercase ASCII words joined by hyphens (at most 80 characters)`,
    );
  }
  // /papers/2/ is page 2 of the paper index, so a slug of digits alone would take its address.
  if (/^\d+$/.test(entry.id)) {
    throw new Error(`${file}: slug "${entry.id}" is only digits and clashes with the paper index's page numbers (/papers/2/); rename the file, e.g. to "paper-${entry.id}.mdx"`);
  }
  return entry.id;
}
