import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { GREEK_LETTERS } from '../util/greek.ts';
import { isPaperSlug, slugConflict, type PaperSlug } from '../util/ids.ts';
import { generatedHash } from '../format/paper-file.ts';
import type { IdentifiedPaper } from './find-identifiers.ts';
import { abstractToMdx } from './serialize-paper.ts';
import { logStage } from './stage-log.ts';

/** A paper with its names: the file/URL slug and, when the title has one, its short name. */
export interface NamedPaper extends IdentifiedPaper {
  slug: PaperSlug;
  shortName: string | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** name-paper: the papers with slug and short name. */
    named: NamedPaper[];
  }
}

/** Slugs already in use, and how to find the existing file of a paper. */
export interface NamePaperOptions {
  /** Slug of the existing file with this title. */
  byTitle: ReadonlyMap<string, PaperSlug>;
  /** Slug of the existing file whose `generated` hash is this (finds a file whose title was edited by hand). */
  byHash: ReadonlyMap<string, PaperSlug>;
  /** Every slug taken: existing files and papers named earlier in this run. Shared by all seed files. */
  taken: Set<string>;
  /** Slugs given to papers in this run, so no two papers claim the same existing file. */
  assigned: Set<string>;
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
  if (slugConflict(slug)) slug = `paper-${slug}`;
  if (!isPaperSlug(slug)) throw new Error(`slugify made "${slug}" from ${JSON.stringify(title)}, which is not a slug`);
  return slug;
}

/**
 * A slug no other paper has: the readable slug, or on a collision the slug
 * plus the start of the title's hash, which depends on nothing but the title.
 */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): PaperSlug {
  const base = slugify(title);
  const hash = digest(title);
  for (let length = 6; taken.has(base) && length <= hash.length; length += 2) {
    const candidate = `${base}-${hash.slice(0, length)}`;
    if (!taken.has(candidate) && isPaperSlug(candidate)) return candidate;
  }
  if (taken.has(base)) throw new Error(`no free slug for ${JSON.stringify(title)}`);
  return base;
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
 * Name each paper. A paper whose file already exists (found by its title,
 * or by the hash ingest wrote into it) keeps that file's slug, so URLs stay
 * put; a new paper gets a fresh, unique slug.
 */
export function namePaper(options: NamePaperOptions) {
  return (_tree: Root, file: VFile): void => {
    const linked = file.data.identified;
    if (!linked) throw new Error('name-paper runs after find-identifiers');
    let kept = 0;
    file.data.named = linked.map((paper) => {
      const title = toString(paper.title);
      const shortName = shortNameOf(title);
      const source = { file: file.path, line: paper.title.position?.start.line ?? 1 };
      const free = (slug: PaperSlug | undefined): PaperSlug | undefined => (slug && !options.assigned.has(slug) ? slug : undefined);
      // The hash is only needed when the title was edited by hand: compute it then.
      const existing =
        free(options.byTitle.get(title)) ??
        free(options.byHash.get(generatedHash({ title, shortName, source, links: paper.links }, abstractToMdx(paper.abstract))));
      if (existing) kept += 1;
      const slug = existing ?? uniqueSlug(title, options.taken);
      options.taken.add(slug);
      options.assigned.add(slug);
      return { ...paper, slug, shortName };
    });
    const withShortName = file.data.named.filter((paper) => paper.shortName).length;
    logStage(file, 'name-paper', `${linked.length} papers in, ${linked.length} out; ${kept} kept the slug of their existing file, ${linked.length - kept} named anew; ${withShortName} have a short name`);
  };
}
