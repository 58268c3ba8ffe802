import type { PaperSlug } from '../util/ids.ts';

/**
 * A paper as the derivations see it: plain text, no I/O. Built by the ingest
 * pipeline (from a seed) and by the site (from `content/papers/*.mdx`), so
 * the CLI report and the pages derive from the very same input.
 */
export interface Paper {
  /** File name and URL segment. */
  slug: PaperSlug;
  /** Title as displayed (LaTeX leftovers repaired). */
  title: string;
  /** Model or method name before the title's colon, when there is one. */
  shortName?: string | undefined;
  /** The abstract as plain text, as displayed. */
  abstract: string;
  /** Topic ids a contributor added by hand in frontmatter (`topics:`). */
  curatedTopics: readonly string[];
  /** Topic ids a contributor removed by hand in frontmatter (`excludeTopics:`). */
  excludedTopics: readonly string[];
}
