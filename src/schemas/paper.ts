import { z } from 'astro/zod';
import type { KeyNumber } from '../knowledge/key-numbers.ts';
import { isArxivId, isDoi } from '../util/scholarly-ids.ts';

/** Where a link in an abstract points, as far as its address tells. */
export const linkKinds = ['code', 'project', 'other'] as const;
export type LinkKind = (typeof linkKinds)[number];

/** An http(s) address; anything else (`javascript:`, `data:`) is refused. */
const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), { message: 'must start with http:// or https://' });

/**
 * Frontmatter of `content/papers/<slug>.mdx`. The body holds the abstract
 * (written by ingest) and, below the notes marker, contributor notes.
 * Fields marked "ingest" are rewritten by `npm run ingest`; the others belong
 * to contributors and are carried over unchanged.
 */
export const paperSchema = z.strictObject({
  /** ingest: the paper's title, LaTeX leftovers repaired for display. */
  title: z.string().trim().min(1),
  /** ingest: the model or method name before the title's colon ("ControlAR"), when there is one. */
  shortName: z.string().trim().min(1).optional(),
  /** ingest: where the paper came from, so the original text stays recoverable. */
  source: z.strictObject({
    /** Seed file, relative to the repository root: `seeds/daily-papers-autoregressive.txt`. */
    file: z.string().min(1),
    /** 1-based line of the title in that file. */
    line: z.number().int().positive(),
  }),
  /** ingest: every http(s) address in the abstract, cleaned of scrape artifacts. */
  links: z
    .array(
      z.strictObject({
        /** The cleaned address. */
        url: httpUrl,
        /** What it points to: a code repository, a project page, or something else. */
        kind: z.enum(linkKinds),
      }),
    )
    .default([]),
  /**
   * ingest or contributor: the arXiv id, without version (`2410.03355`, or
   * old-style `hep-th/9901001`). Ingest fills it when the seed names exactly
   * one; a contributor's value is kept. Quote it: YAML reads `2410.03350` as a
   * number and drops the zero.
   */
  arxiv: z
    .union([z.string(), z.number()])
    .superRefine((value, context) => {
      const problem = arxivProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .transform(String)
    .optional(),
  /** ingest or contributor: the DOI, without `https://doi.org/` (`10.1145/3366423.3380211`). Filled and kept like `arxiv`. */
  doi: z
    .string()
    .transform((value) => value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, ''))
    .refine(isDoi, { message: 'expected a DOI such as "10.1145/3366423.3380211": 10., a number, a slash, then the suffix' })
    .optional(),
  /** contributor: the authors, in the paper's order, one name per item. */
  authors: z.array(z.string().trim().min(1)).min(1, { message: 'list at least one author, or leave the field out' }).optional(),
  /** contributor: the publication date (first arXiv version, or the venue's), as an ISO date: `2024-10-03`. */
  published: z
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
    .refine(isIsoDate, { message: 'expected an ISO date such as 2024-10-03 (year-month-day)' })
    .optional(),
  /** contributor: where it was published (`NeurIPS 2019`, `ICLR 2025`); leave it out for a preprint. */
  venue: z.string().trim().min(1).optional(),
  /** contributor: topic ids added by hand; shown as curated. */
  topics: z.array(z.string()).default([]),
  /** contributor: topic ids removed by hand, whatever the rules say. */
  excludeTopics: z.array(z.string()).default([]),
  /** contributor: former slugs of this paper; each old address redirects here. */
  aliases: z.array(z.string()).default([]),
  /**
   * ingest: hash of what ingest wrote (its fields and the abstract). When the
   * file no longer matches it, ingest treats the file as hand-edited and
   * leaves it alone.
   */
  generated: z.string().regex(/^sha256-[0-9a-f]{64}$/).optional(),
});

/** Why a value is not an arXiv id, in words a contributor can act on; undefined when it is one. */
function arxivProblem(value: string | number): string | undefined {
  if (typeof value === 'number') return `quote the arXiv id (arxiv: "YYMM.NNNNN"): unquoted, YAML reads it as the number ${value} and drops any trailing zero`;
  const version = /^(.+)v\d+$/.exec(value);
  if (version && isArxivId(version[1]!)) return `write the arXiv id without its version: "${version[1]}"`;
  if (!isArxivId(value)) return `"${value}" is not an arXiv id; expected YYMM.NNNNN such as "2410.03355" (4 digits after the dot before 2015), or old-style "hep-th/9901001"`;
  return undefined;
}

/** `YYYY-MM-DD` naming a real day. */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export type PaperFrontmatter = z.infer<typeof paperSchema>;

/**
 * A paper as the site's `papers` collection holds it (src/site/paper-loader.ts):
 * its frontmatter, and what the loader read from its body.
 */
export const paperEntrySchema = paperSchema.extend({
  /** The abstract as plain text, paragraphs separated by a blank line, as the derivations read it. */
  abstract: z.string(),
  /**
   * Its key numbers (src/knowledge/key-numbers.ts), extracted once by the
   * loader and kept in the content cache with the rest: the render marks
   * their sentences and the atlas lists them without reading the abstract
   * again. Written by code, never by hand, so not checked field by field.
   */
  keyNumbers: z.array(z.custom<KeyNumber>()),
  /**
   * The page's meta description (src/site/excerpt.ts) and its one-line gist
   * on topic pages (src/knowledge/gist.ts): derived by the loader with the
   * key numbers, from the sentences it has just split, and kept in the
   * content cache, so neither a page nor a rebuild splits the abstract again.
   */
  description: z.string(),
  gist: z.string(),
  /** The synonyms its page adds to the search index (src/site/search-terms.ts), found by the loader and cached likewise. */
  searchTerms: z.object({ title: z.array(z.string()), text: z.array(z.string()) }),
});

export type PaperEntryData = z.infer<typeof paperEntrySchema>;
