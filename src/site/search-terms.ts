import { readSynonymsFile } from '../format/synonyms-file.ts';
import { createTermFinder, type TermFinder } from '../knowledge/search-terms.ts';

let finder: Promise<TermFinder> | undefined;

/** A page's synonyms for the search index: those of terms in its title, and those of terms only in its text. */
export interface PageTerms {
  title: string[];
  text: string[];
}

/**
 * The synonyms a page adds to its search index (see src/knowledge/search-terms.ts),
 * from content/search/synonyms.yaml, read and compiled once per build. A file
 * its schema refuses fails the build with the file, the field and the fix.
 */
export async function searchTerms(title: string, text: string): Promise<PageTerms> {
  finder ??= readSynonymsFile().then((synonyms) => createTermFinder(synonyms.groups));
  const find = await finder;
  const inTitle = find(title);
  return { title: inTitle, text: find(`${title}\n${text}`).filter((term) => !inTitle.includes(term)) };
}
