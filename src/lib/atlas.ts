import { getCollection, type CollectionEntry } from 'astro:content';
import { isPaperSlug, type PaperSlug } from './ids.ts';

/** One paper as every page sees it: its content entry and its place in seed order. */
export interface AtlasPaper {
  slug: PaperSlug;
  /** The `papers` collection entry: frontmatter in `data`, MDX for `render()`. */
  entry: CollectionEntry<'papers'>;
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
  const papers: AtlasPaper[] = entries.map((entry, index) => ({
    slug: paperSlug(entry),
    entry,
    index,
    prev: undefined,
    next: undefined,
  }));
  for (const [index, paper] of papers.entries()) {
    paper.prev = papers[index - 1];
    paper.next = papers[index + 1];
  }
  return { papers, bySlug: new Map(papers.map((paper) => [paper.slug, paper])) };
}

function bySeedOrder(a: CollectionEntry<'papers'>, b: CollectionEntry<'papers'>): number {
  const fileOrder = a.data.source.file < b.data.source.file ? -1 : a.data.source.file > b.data.source.file ? 1 : 0;
  // The id breaks ties so that two files claiming one seed line still sort the same way every build.
  return fileOrder || a.data.source.line - b.data.source.line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function paperSlug(entry: CollectionEntry<'papers'>): PaperSlug {
  const file = entry.filePath ?? `content/papers/${entry.id}.mdx`;
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
