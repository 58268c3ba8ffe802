import type { Paper } from '../knowledge/paper.ts';
import { relatedPapers } from '../knowledge/related-papers.ts';
import { splitSentences } from '../knowledge/sentences.ts';
import { shortNameOf } from '../pipeline/name-paper.ts';
import { TITLE_MAX } from '../pipeline/split-papers.ts';
import { isPaperSlug, type PaperSlug } from '../util/ids.ts';

/** One listing file of a synthetic corpus: a name for `seeds/` and its text. */
export interface ListingFile {
  name: string;
  text: string;
}

export interface SyntheticOptions {
  /** How many papers in all. */
  papers: number;
  /** Papers per listing file, like one day of a daily listing. Default 50. */
  perFile?: number;
  /** Seed of the random generator: the same seed gives the same corpus. Default 2024. */
  seed?: number;
}

/** The chrome a scraped daily listing starts with; ingest drops it. */
const CHROME = 'Daily Papers\n\nby AK and the research community\n\n';

/** Small, fast, seedable PRNG (mulberry32): numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A paper of the seed listing, cut as the generator uses it. */
interface SeedPaper {
  title: string;
  /** The method name before the title's colon, to swap for the new paper's. */
  name: string | undefined;
  /** The title without its method name: "Scaling Autoregressive Models for Long Video Generation". */
  subtitle: string;
  sentences: readonly string[];
  /** Length of the abstract in characters. */
  length: number;
}

/** The titles and abstracts of a listing as ingest splits it: a short paragraph, then a long one. */
function seedPapers(listing: string): SeedPaper[] {
  const paragraphs = listing
    .replace(/\r\n?/g, '\n')
    .split(/\n[\t ]*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = paragraphs.findIndex((text, index) => text.length <= TITLE_MAX && (paragraphs[index + 1]?.length ?? 0) > TITLE_MAX);
  const papers: SeedPaper[] = [];
  for (let index = Math.max(first, 0); index + 1 < paragraphs.length; index += 2) {
    const [title, abstract] = [paragraphs[index]!, paragraphs[index + 1]!];
    const name = shortNameOf(title);
    const subtitle = name ? title.slice(title.indexOf(':') + 1).trim() : title;
    papers.push({ title, name, subtitle, sentences: splitSentences(abstract).map((sentence) => sentence.text), length: abstract.length });
  }
  return papers;
}

/**
 * The seed papers each seed paper reads like, by the site's own measure of
 * shared words (its "related papers"): a synthetic paper on one paper's
 * subject borrows from these.
 */
function neighboursOf(seedList: readonly SeedPaper[]): number[][] {
  const slugOf = (index: number): PaperSlug => {
    const slug = `seed-${index}`;
    if (!isPaperSlug(slug)) throw new Error(`"${slug}" is not a paper slug`);
    return slug;
  };
  const papers: Paper[] = seedList.map((paper, index) => ({
    slug: slugOf(index),
    title: paper.title,
    shortName: paper.name,
    abstract: paper.sentences.join(' '),
    curatedTopics: [],
    excludedTopics: [],
  }));
  const related = relatedPapers(papers);
  const indexOf = new Map(papers.map((paper, index) => [paper.slug, index]));
  const lists = papers.map((paper) => related.get(paper.slug)!.map((other) => indexOf.get(other.paper)!));
  // A paper that reads like no other borrows from any.
  return lists.map((list, self) => (list.length > 0 ? list : papers.flatMap((_, other) => (other === self ? [] : [other]))));
}

/**
 * Of a synthetic paper's sentences and title, the share taken from its own
 * seed paper; the rest come from that paper's neighbours. One paper's
 * sentences alone would make near-copies; sentences from every paper would
 * spread each subject's words over the whole corpus (a word in 38 % of the
 * seed's abstracts reached 70 % of the synthetic ones that way).
 */
const OWN_SHARE = 0.75;
/** A synthetic abstract is its seed paper's length times a factor in [1 - LENGTH_SPREAD, 1 + LENGTH_SPREAD). */
const LENGTH_SPREAD = 0.25;
/** Draws of an abstract before a repeat of another paper's is accepted. */
const ABSTRACT_TRIES = 20;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A deterministic synthetic corpus in the listing format, recombined from a
 * real listing (the seed) for benchmarks. Each synthetic paper is about one
 * seed paper, picked at random: its abstract is about OWN_SHARE that paper's
 * sentences and the rest sentences of the seed papers that read like it, in
 * the order they take in their own abstracts, as long as that paper's
 * abstract give or take LENGTH_SPREAD; so a word is in about as many
 * synthetic papers as seed papers, as it would be in a longer real listing.
 * Titles, all unique, are a new method name and the subtitle of one of those
 * papers (as often as the seed has named titles) or two halves of their
 * titles joined. A sentence that names its own paper's method names the new
 * paper's instead, so the vocabulary grows with the corpus as a real one
 * does. Paper k is the same whatever the total: a corpus of 2,000 is the
 * first 2,000 papers of one of 10,000.
 */
export function syntheticListing(seedListing: string, options: SyntheticOptions): ListingFile[] {
  const { papers: count, perFile = 50, seed = 2024 } = options;
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const seedList = seedPapers(seedListing);
  if (seedList.length === 0) throw new Error('the seed listing has no papers to recombine');
  const neighbours = neighboursOf(seedList);
  const named = seedList.filter((paper) => paper.name).length / seedList.length;
  // Halves split at a joining word, for titles without a method name: "Scaling Autoregressive Models" + "for Long Video Generation".
  const halves = seedList.map(({ subtitle }) => {
    const at = subtitle.search(/ (?:for|with|via|in|of|from|by|through) /);
    return at > 0 ? ([subtitle.slice(0, at), subtitle.slice(at + 1)] as const) : undefined;
  });
  const firstHalves = halves.flatMap((pair) => (pair ? [pair[0]] : []));

  const titles = new Set(seedList.map((paper) => paper.title));
  const newName = (): string => {
    const syllables = 1 + Math.floor(next() * 3);
    let name = '';
    for (let index = 0; index < syllables; index++) name += pick(['B', 'C', 'D', 'F', 'G', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z']) + pick(['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'on']);
    name += pick(['AR', 'Gen', 'Net', 'Former', 'Tok', 'VQ', 'Spec', 'Flow', '']);
    return next() < 0.3 ? name.toUpperCase() : name;
  };
  /** The paper itself OWN_SHARE of the time, else one of its neighbours. */
  const source = (own: number): number => (neighbours[own]!.length === 0 || next() < OWN_SHARE ? own : pick(neighbours[own]!));
  const newTitle = (own: number): { title: string; name: string | undefined } => {
    for (;;) {
      let title: string;
      let name: string | undefined;
      // The second half says what the paper is about ("for Long Video Generation"), so it comes from the paper or a
      // neighbour; the first, any seed title's, gives enough pairs for a thousand papers on one subject.
      const second = halves[source(own)];
      if (next() < named || !second || firstHalves.length === 0) {
        name = newName();
        title = `${name}: ${seedList[source(own)]!.subtitle}`;
      } else {
        title = `${pick(firstHalves)} ${second[1]}`;
      }
      if (!titles.has(title)) {
        titles.add(title);
        return { title, name };
      }
    }
  };

  /** Sentences of the paper and its neighbours, each once, in the order they take in their own abstracts. */
  const newAbstract = (own: number, name: string | undefined): string => {
    const target = seedList[own]!.length * (1 - LENGTH_SPREAD + 2 * LENGTH_SPREAD * next());
    // Each sentence keyed by where it stands in its own abstract (0 first, 1 last). The paper's own sentences are
    // drawn without repeats, so it is the neighbours that make up a length past its own.
    const chosen = new Map<string, number>();
    const unread = [...seedList[own]!.sentences.keys()];
    let length = 0;
    for (let tries = 0; length < target && tries < 100; tries++) {
      const paper = unread.length > 0 ? source(own) : neighbours[own]!.length > 0 ? pick(neighbours[own]!) : undefined;
      if (paper === undefined) break;
      const from = seedList[paper]!;
      const at = paper === own ? unread.splice(Math.floor(next() * unread.length), 1)[0]! : Math.floor(next() * from.sentences.length);
      const text = name && from.name ? from.sentences[at]!.replace(new RegExp(`\\b${escapeRegExp(from.name)}\\b`, 'g'), name) : from.sentences[at]!;
      if (chosen.has(text)) continue;
      chosen.set(text, from.sentences.length > 1 ? at / (from.sentences.length - 1) : 0);
      length += text.length + 1;
    }
    return [...chosen]
      .sort((a, b) => a[1] - b[1])
      .map(([text]) => text)
      .join(' ');
  };

  const abstracts = new Set<string>();
  const entries: string[] = [];
  for (let index = 0; index < count; index++) {
    const own = Math.floor(next() * seedList.length);
    const { title, name } = newTitle(own);
    // Drawn again when another paper has the same abstract (a few in a hundred at 10,000); a seed too small to
    // give a new one in ABSTRACT_TRIES draws repeats one.
    let abstract = newAbstract(own, name);
    for (let tries = 1; abstracts.has(abstract) && tries < ABSTRACT_TRIES; tries++) abstract = newAbstract(own, name);
    abstracts.add(abstract);
    entries.push(`${title}\n\n${abstract}\n\n`);
  }

  const files: ListingFile[] = [];
  const digits = String(Math.ceil(count / perFile)).length;
  for (let start = 0; start < count; start += perFile) {
    const number = String(start / perFile + 1).padStart(Math.max(digits, 4), '0');
    files.push({ name: `synthetic-${number}.txt`, text: CHROME + entries.slice(start, start + perFile).join('') });
  }
  return files;
}
