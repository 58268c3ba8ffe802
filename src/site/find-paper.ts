import type { PaperFrontmatter } from '../schemas/paper.ts';
import { findScholarlyIds } from '../util/scholarly-ids.ts';

/** A link to the paper itself, or to a search for it. */
export interface FindLink {
  label: string;
  url: string;
}

/** Where to read the paper, from its identifiers: arXiv's page and PDF, the DOI's resolver. Empty when it has none. */
export function paperLinks({ arxiv, doi }: Pick<PaperFrontmatter, 'arxiv' | 'doi'>): FindLink[] {
  return [
    ...(arxiv ? [{ label: 'arXiv', url: `https://arxiv.org/abs/${arxiv}` }, { label: 'PDF', url: `https://arxiv.org/pdf/${arxiv}` }] : []),
    // A DOI may hold characters a URL path may not (`<`, `#`, spaces are refused by the schema); encodeURI keeps its slashes.
    ...(doi ? [{ label: 'DOI', url: `https://doi.org/${encodeURI(doi).replace(/#/g, '%23').replace(/\?/g, '%3F')}` }] : []),
  ];
}

/** True when an address is the paper's own arXiv page, PDF or DOI, which its "Read the paper" links already give. */
export function identifiesPaper(url: string, { arxiv, doi }: Pick<PaperFrontmatter, 'arxiv' | 'doi'>): boolean {
  const found = findScholarlyIds(url);
  return (arxiv !== undefined && found.arxiv.includes(arxiv)) || (doi !== undefined && found.doi.includes(doi));
}

/**
 * For a paper with no identifier: searches for its exact title (in quotes)
 * on arXiv, Semantic Scholar and Google Scholar. Plain links, no script.
 */
export function paperSearches(title: string): FindLink[] {
  const phrase = encodeURIComponent(`"${title}"`);
  return [
    { label: 'arXiv', url: `https://arxiv.org/search/?query=${phrase}&searchtype=title` },
    { label: 'Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${phrase}` },
    { label: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${phrase}` },
  ];
}
