import { z } from 'astro/zod';

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

export type PaperFrontmatter = z.infer<typeof paperSchema>;

/**
 * A paper as the site's `papers` collection holds it (src/site/paper-loader.ts):
 * its frontmatter, and what the loader read from its body.
 */
export const paperEntrySchema = paperSchema.extend({
  /** The abstract as plain text, paragraphs separated by a blank line, as the derivations read it. */
  abstract: z.string(),
});
