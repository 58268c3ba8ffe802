import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { identifierText } from '../format/paper-file.ts';
import { findScholarlyIds } from '../util/scholarly-ids.ts';
import type { LinkedPaper } from './extract-links.ts';
import { logStage } from './stage-log.ts';

/** A paper with the arXiv id and DOI its listing names, when it names exactly one of each. */
export interface IdentifiedPaper extends LinkedPaper {
  arxiv: string | undefined;
  doi: string | undefined;
}

/**
 * Find the arXiv id and DOI each listing names (`arXiv:2411.01234v2`,
 * arxiv.org/abs|pdf addresses, doi.org addresses, `doi:`), version dropped.
 * An abstract naming two different ids of a kind may be citing other work:
 * ingest fills neither and says so, and a contributor sets the field by hand.
 * (The paper file writer reads the same text of an existing file with
 * `identifiersIn`, to tell an id ingest found from one a contributor typed.)
 */
export function findIdentifiers(linked: readonly LinkedPaper[], file: VFile): IdentifiedPaper[] {
  const identified = linked.map((paper) => {
    const title = toString(paper.title);
    const ids = findScholarlyIds(identifierText(title, toString(paper.abstract)));
    for (const [kind, found] of [['arXiv id', ids.arxiv], ['DOI', ids.doi]] as const) {
      if (found.length > 1) {
        file.message(
          `${JSON.stringify(title)} names ${found.length} different ${kind}s (${found.join(', ')}), so ingest fills in none; set \`${kind === 'DOI' ? 'doi' : 'arxiv'}\` in its paper file by hand`,
          paper.title.position,
        );
      }
    }
    return { ...paper, arxiv: ids.arxiv.length === 1 ? ids.arxiv[0] : undefined, doi: ids.doi.length === 1 ? ids.doi[0] : undefined };
  });
  const count = (key: 'arxiv' | 'doi'): number => identified.filter((paper) => paper[key]).length;
  logStage(file, 'find-identifiers', `${linked.length} papers in, ${linked.length} out; ${count('arxiv')} with an arXiv id, ${count('doi')} with a DOI`);
  return identified;
}
