import { splitSentences } from '../knowledge/sentences.ts';
import { shortNameOf } from '../pipeline/name-paper.ts';
import { TITLE_MAX } from '../pipeline/split-papers.ts';

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

/** A sentence of a seed abstract, and the short name of the paper it came from (to swap for the new paper's). */
interface SeedSentence {
  text: string;
  name: string | undefined;
}

/** The titles and abstracts of a listing as ingest splits it: a short paragraph, then a long one. */
function seedPapers(listing: string): { title: string; abstract: string }[] {
  const paragraphs = listing
    .replace(/\r\n?/g, '\n')
    .split(/\n[\t ]*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = paragraphs.findIndex((text, index) => text.length <= TITLE_MAX && (paragraphs[index + 1]?.length ?? 0) > TITLE_MAX);
  const papers = [];
  for (let index = Math.max(first, 0); index + 1 < paragraphs.length; index += 2) {
    papers.push({ title: paragraphs[index]!, abstract: paragraphs[index + 1]! });
  }
  return papers;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A deterministic synthetic corpus in the listing format, recombined from a
 * real listing (the seed) for benchmarks: titles are a new method name and
 * the subtitle of a seed title (as often as the seed has named titles) or two
 * halves of seed titles joined, all unique; each abstract is seed sentences
 * drawn until it reaches the length of a seed abstract picked at random, so
 * lengths follow the seed's. A sentence that names its own paper's method
 * names the new paper's instead, so the vocabulary grows with the corpus as a
 * real one does. Paper k is the same whatever the total: a corpus of 2,000 is
 * the first 2,000 papers of one of 10,000.
 */
export function syntheticListing(seedListing: string, options: SyntheticOptions): ListingFile[] {
  const { papers: count, perFile = 50, seed = 2024 } = options;
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const seedList = seedPapers(seedListing);
  if (seedList.length === 0) throw new Error('the seed listing has no papers to recombine');

  const sentences: SeedSentence[] = seedList.flatMap(({ title, abstract }) => {
    const name = shortNameOf(title);
    return splitSentences(abstract).map((sentence) => ({ text: sentence.text, name }));
  });
  const lengths = seedList.map((paper) => paper.abstract.length);
  const named = seedList.filter((paper) => shortNameOf(paper.title)).length / seedList.length;
  const subtitles = seedList.map(({ title }) => (shortNameOf(title) ? title.slice(title.indexOf(':') + 1).trim() : title));
  // Halves split at a joining word, for titles without a method name: "Scaling Autoregressive Models" + "for Long Video Generation".
  const halves = subtitles.flatMap((subtitle) => {
    const at = subtitle.search(/ (?:for|with|via|in|of|from|by|through) /);
    return at > 0 ? [[subtitle.slice(0, at), subtitle.slice(at + 1)] as const] : [];
  });

  const titles = new Set(seedList.map((paper) => paper.title));
  const newName = (): string => {
    const syllables = 1 + Math.floor(next() * 3);
    let name = '';
    for (let index = 0; index < syllables; index++) name += pick(['B', 'C', 'D', 'F', 'G', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z']) + pick(['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'on']);
    name += pick(['AR', 'Gen', 'Net', 'Former', 'Tok', 'VQ', 'Spec', 'Flow', '']);
    return next() < 0.3 ? name.toUpperCase() : name;
  };
  const newTitle = (): { title: string; name: string | undefined } => {
    for (;;) {
      let title: string;
      let name: string | undefined;
      if (next() < named || halves.length === 0) {
        name = newName();
        title = `${name}: ${pick(subtitles)}`;
      } else {
        title = `${pick(halves)[0]} ${pick(halves)[1]}`;
      }
      if (!titles.has(title)) {
        titles.add(title);
        return { title, name };
      }
    }
  };

  const entries: string[] = [];
  for (let index = 0; index < count; index++) {
    const { title, name } = newTitle();
    const target = pick(lengths);
    const chosen: string[] = [];
    let length = 0;
    while (length < target) {
      const sentence = pick(sentences);
      const text = name && sentence.name ? sentence.text.replace(new RegExp(`\\b${escapeRegExp(sentence.name)}\\b`, 'g'), name) : sentence.text;
      chosen.push(text);
      length += text.length + 1;
    }
    entries.push(`${title}\n\n${chosen.join(' ')}\n\n`);
  }

  const files: ListingFile[] = [];
  const digits = String(Math.ceil(count / perFile)).length;
  for (let start = 0; start < count; start += perFile) {
    const number = String(start / perFile + 1).padStart(Math.max(digits, 4), '0');
    files.push({ name: `synthetic-${number}.txt`, text: CHROME + entries.slice(start, start + perFile).join('') });
  }
  return files;
}
