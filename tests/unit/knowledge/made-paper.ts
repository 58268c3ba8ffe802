import type { Paper } from '../../../src/knowledge/paper.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';

/** A paper written in a test: its slug, title and abstract, no overrides unless given. */
export const paper = (slug: string, title: string, abstract: string, extra: Partial<Paper> = {}): Paper => ({
  slug: slug as PaperSlug,
  title,
  abstract,
  curatedTopics: [],
  excludedTopics: [],
  ...extra,
});
