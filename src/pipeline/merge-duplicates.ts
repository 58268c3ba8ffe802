import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { ListedPaper } from './split-papers.ts';
import { logStage } from './stage-log.ts';

/** Where a title was first seen in this run, across every seed file. */
export interface FirstSeen {
  file: string;
  line: number;
  abstract: string;
}

/**
 * One paper per title. A title listed again with the same abstract is the
 * same paper listed twice: merged, with a warning. With a different abstract
 * ingest cannot tell which is right, so it is an error naming both places.
 *
 * @param seen titles seen so far in this run, shared by all seed files so duplicates across files are found too.
 */
export function mergeDuplicates(listed: readonly ListedPaper[], file: VFile, seen: Map<string, FirstSeen>): ListedPaper[] {
  const kept: ListedPaper[] = [];
  for (const paper of listed) {
    const title = toString(paper.title);
    const abstract = toString(paper.abstract);
    const line = paper.title.position?.start.line ?? 1;
    const here = file.path;
    const first = seen.get(title);
    if (!first) {
      seen.set(title, { file: here, line, abstract });
      kept.push(paper);
      continue;
    }
    const where = first.file === here ? `line ${first.line}` : `${first.file}:${first.line}`;
    if (first.abstract === abstract) {
      file.message(`${JSON.stringify(title)} is listed again with the same abstract as on ${where}; merged into one paper`, paper.title.position);
    } else {
      const message = file.message(
        `${JSON.stringify(title)} is listed twice with different abstracts, on ${where} and line ${line}; keep the right one and delete the other`,
        paper.title.position,
      );
      message.fatal = true;
    }
  }
  logStage(file, 'merge-duplicates', `${listed.length} papers in, ${kept.length} out${listed.length > kept.length ? `; ${listed.length - kept.length} repeated title(s) merged or refused` : ''}`);
  return kept;
}
