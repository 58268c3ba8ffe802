import { readSynonymsFile } from '../format/synonyms-file.ts';
import { createTermFinder } from '../knowledge/search-terms.ts';

/** A page's synonyms for the search index: those of terms in its title, and those of terms only in its text. */
export interface PageTerms {
  title: string[];
  text: string[];
}

/** A page's title and text to the synonyms its search index gets. */
export type PageTermFinder = (title: string, text: string) => PageTerms;

let finder: Promise<PageTermFinder> | undefined;

/**
 * The synonyms each page adds to its search index (see src/knowledge/search-terms.ts),
 * from content/search/synonyms.yaml under `root` (default: the working directory),
 * read and compiled once per process. The papers' loader finds every paper's
 * terms with it (and the content cache keeps them); topic pages call
 * {@link searchTerms}. A file its schema refuses fails the build with the
 * file, the field and the fix.
 */
export function pageTermFinder(root = '.'): Promise<PageTermFinder> {
  finder ??= readSynonymsFile(root).then((synonyms) => {
    const find = createTermFinder(synonyms.groups);
    return (title, text) => {
      const inTitle = find(title);
      return { title: inTitle, text: find(`${title}\n${text}`).filter((term) => !inTitle.includes(term)) };
    };
  });
  return finder;
}

/** The synonyms one page adds to its search index. */
export async function searchTerms(title: string, text: string): Promise<PageTerms> {
  return (await pageTermFinder())(title, text);
}
