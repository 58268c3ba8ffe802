import { toString } from 'mdast-util-to-string';
import { generatedHash, isHandEdited, type IngestOwned } from '../format/paper-file.ts';
import { abstractToMdx, renderPaperFile } from '../format/render-paper-file.ts';
import type { PaperSlug } from '../util/ids.ts';
import type { Message } from '../util/message.ts';
import { sourceOf } from './match-paper-files.ts';
import type { NamedPaper } from './name-paper.ts';
import type { ExistingPaper } from './read-paper-folder.ts';

/** What ingest will do with one paper's file. */
export interface RenderedPage {
  slug: PaperSlug;
  /** The title as the seed gives it, repaired for display. */
  title: string;
  /** Where the paper is in the seed now. */
  source: { file: string; line: number };
  /** The new file content; undefined when the existing file was edited by hand and stays as it is. */
  text: string | undefined;
  /** The file as it is now, if there is one. */
  existing: ExistingPaper | undefined;
  /** A hand-edited file whose seed entry changed since ingest last wrote it: someone should review it. */
  seedChanged: boolean;
}

/**
 * The warning for a hand-edited file whose seed entry changed: ingest keeps
 * the file (a contributor's edit is never overwritten) and says so, and
 * `npm run check` says the same.
 */
export function seedChangedMessage(source: { file: string; line: number }, path: string): Message {
  return {
    file: source.file,
    line: source.line,
    column: 1,
    severity: 'warning',
    reason: `the seed changed for hand-edited ${path}: review this entry and bring what you want into the file`,
    fix: 'ingest keeps the file as it is; when it has what you want, delete its `generated:` line so it counts as written by hand and is not compared again, or undo the hand edits so ingest updates it from the seed',
  };
}

/**
 * Serialize a paper to its MDX file, with the identifiers its listing names,
 * carrying over what contributors own (identifiers they set, authors,
 * published, venue, topics, excludeTopics, aliases, the notes). A file edited by hand is left
 * as it is; if its seed entry changed since ingest wrote it (compared at the
 * place the file was written from, so a paper that only moved in the seed
 * has not changed), the page says so.
 */
export function serializePaper(paper: NamedPaper): RenderedPage {
  const source = sourceOf(paper);
  const fields: IngestOwned = { title: toString(paper.title), shortName: paper.shortName, source, links: paper.links };
  const abstractMdx = abstractToMdx(paper.abstract);
  const existing = paper.existing;
  const page = { slug: paper.slug, title: fields.title, source, existing };
  if (existing && isHandEdited(existing.file)) {
    paper.seed.info(`kept hand-edited ${existing.file.path}`, paper.title.position);
    const { generated, source: written } = existing.file.frontmatter;
    return { ...page, text: undefined, seedChanged: generated !== undefined && generated !== generatedHash({ ...fields, source: written }, abstractMdx) };
  }
  return { ...page, text: renderPaperFile(fields, abstractMdx, existing?.file, { arxiv: paper.arxiv, doi: paper.doi }), seedChanged: false };
}
