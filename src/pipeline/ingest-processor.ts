import { unified } from 'unified';
import { extractLinks } from './extract-links.ts';
import { findIdentifiers } from './find-identifiers.ts';
import { mergeDuplicates, type MergeDuplicatesOptions } from './merge-duplicates.ts';
import { namePaper, type NamePaperOptions } from './name-paper.ts';
import { parseListing } from './parse-listing.ts';
import { repairLatex } from './repair-latex.ts';
import { serializePaper, type SerializePaperOptions } from './serialize-paper.ts';
import { splitPapers } from './split-papers.ts';

/** State one ingest run shares across its seed files: titles seen, slugs taken, files on disk. */
export interface IngestContext extends MergeDuplicatesOptions, NamePaperOptions, SerializePaperOptions {}

/**
 * The ingest pipeline, in order: the one list of its stages. Run it with
 * `parse` + `run` on one seed file at a time; the result is in `file.data.pages`.
 */
export function ingestProcessor(context: IngestContext) {
  return unified()
    .use(parseListing)
    .use(splitPapers)
    .use(mergeDuplicates, context)
    .use(repairLatex)
    .use(extractLinks)
    .use(findIdentifiers)
    .use(namePaper, context)
    .use(serializePaper, context);
}
