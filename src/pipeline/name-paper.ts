import { createHash } from 'node:crypto';
import { toString } from 'mdast-util-to-string';
import { GREEK_LETTERS } from '../util/greek.ts';
import { slugProblem } from '../format/paper-slug.ts';
import { isPaperSlug, type PaperSlug } from '../util/ids.ts';
import type { IdentifiedPaper } from './find-identifiers.ts';
import type { ExistingPaper } from '../format/read-paper-folder.ts';

/** A paper with its names: the file/URL slug and, when the title has one, its short name. */
export interface NamedPaper extends IdentifiedPaper {
  slug: PaperSlug;
  shortName: string | undefined;
  /** The file it already has, whose slug it keeps. */
  existing: ExistingPaper | undefined;
}

/** A slug stays readable in a URL: at most this many characters, cut at a word. */
export const SLUG_MAX = 60;

/** Letters NFKD does not take apart, and Greek letters, spelled in ASCII. */
const SPELLED: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i',
  ...GREEK_LETTERS,
};

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The readable slug of a title: lowercase ASCII words joined by hyphens,
 * accents dropped, Greek letters spelled out, at most SLUG_MAX characters
 * cut at a word. A title with no Latin letters or digits (all CJK, say)
 * gets `paper-` and a hash of the title: stable, never empty. A slug the
 * site or a file system refuses (`2024` from "2024年の…", `con`) gets
 * `paper-` in front: `paper-2024`.
 */
export function slugify(title: string): PaperSlug {
  const ascii = [...title.toLowerCase().normalize('NFKD')]
    .map((character) => SPELLED[character] ?? character)
    .join('')
    .replace(/\p{M}/gu, '');
  const words = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  let slug = words;
  if (slug.length > SLUG_MAX) {
    const cut = slug.slice(0, SLUG_MAX + 1).lastIndexOf('-');
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, SLUG_MAX);
  }
  slug ||= `paper-${digest(title).slice(0, 8)}`;
  // Refused as a file name or address (digits only, a view of the index, a Windows device): keep it, after `paper-`.
  if (slugProblem(slug, `${slug}.mdx`)) slug = `paper-${slug}`;
  if (!isPaperSlug(slug)) throw new Error(`slugify made "${slug}" from ${JSON.stringify(title)}, which is not a slug`);
  return slug;
}

/**
 * The slugs ingest may give a title, in the order it tries them: the
 * readable slug, then the slug plus ever longer starts of the title's hash,
 * which depends on nothing but the title.
 */
export function* slugCandidates(title: string): Generator<PaperSlug> {
  const base = slugify(title);
  yield base;
  const hash = digest(title);
  for (let length = 6; length <= hash.length; length += 2) {
    const candidate = `${base}-${hash.slice(0, length)}`;
    if (isPaperSlug(candidate)) yield candidate;
  }
}

/** A slug no other paper has: the first of slugCandidates that is not taken. */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): PaperSlug {
  for (const candidate of slugCandidates(title)) if (!taken.has(candidate)) return candidate;
  throw new Error(`no free slug for ${JSON.stringify(title)}`);
}

/**
 * The model or method name before a title's colon: "ControlAR" in
 * "ControlAR: Controllable Image Generation...". Only a name counts: at most
 * four words, each with a capital or a digit, so "Autoregressive Models in
 * Vision: A Survey" has none.
 */
export function shortNameOf(title: string): string | undefined {
  const colon = title.indexOf(':');
  if (colon === -1) return undefined;
  const name = title.slice(0, colon).trim();
  const words = name.split(/\s+/);
  return name && words.length <= 4 && words.every((word) => /[\p{Lu}\p{N}]/u.test(word)) ? name : undefined;
}

/**
 * Name each paper. A paper with a file already (`existing`, in the same
 * order, found by match-paper-files) keeps that file's slug, so its address
 * stays put; a new paper gets a fresh slug no file or other paper has.
 */
export function namePapers(papers: readonly IdentifiedPaper[], existing: readonly (ExistingPaper | undefined)[], taken: Set<string>): NamedPaper[] {
  return papers.map((paper, index) => {
    const title = toString(paper.title);
    const file = existing[index];
    const slug = file?.slug ?? uniqueSlug(title, taken);
    taken.add(slug);
    return { ...paper, slug, shortName: shortNameOf(title), existing: file };
  });
}
