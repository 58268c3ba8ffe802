import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { PaperSlug } from '../util/ids.ts';
import { isHandEdited, type IngestOwned, type PaperFile } from '../format/paper-file.ts';
import { abstractToMdx, renderPaperFile } from '../format/render-paper-file.ts';
import type { NamedPaper } from './name-paper.ts';
import { logStage } from './stage-log.ts';

/** What ingest will do with one paper's file. */
export interface RenderedPage {
  slug: PaperSlug;
  /** Where the paper is in the seed now. */
  source: { file: string; line: number };
  /** The new file content; undefined when the existing file was edited by hand and stays as it is. */
  text: string | undefined;
  /** The file as it is now, if there is one. */
  existing: PaperFile | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** serialize-paper: the file of every paper. */
    pages: RenderedPage[];
  }
}

export interface SerializePaperOptions {
  /** The files already in the output folder, by slug. */
  existing: ReadonlyMap<string, PaperFile>;
}

/**
 * Serialize each paper to its MDX file, carrying over what contributors own
 * (topics, excludeTopics, aliases, the notes). A file edited by hand is left
 * as it is.
 */
export function serializePaper(options: SerializePaperOptions) {
  return (_tree: Root, file: VFile): void => {
    const named = file.data.named;
    if (!named) throw new Error('serialize-paper runs after name-paper');
    file.data.pages = named.map((paper: NamedPaper): RenderedPage => {
      const existing = options.existing.get(paper.slug);
      const source = { file: file.path, line: paper.title.position?.start.line ?? 1 };
      if (existing && isHandEdited(existing)) {
        file.info(`kept hand-edited ${existing.path}`, paper.title.position);
        return { slug: paper.slug, source, text: undefined, existing };
      }
      const fields: IngestOwned = { title: toString(paper.title), shortName: paper.shortName, source, links: paper.links };
      return { slug: paper.slug, source, text: renderPaperFile(fields, abstractToMdx(paper.abstract), existing), existing };
    });
    const kept = file.data.pages.filter((page) => page.text === undefined).length;
    logStage(file, 'serialize-paper', `${named.length} papers in, ${named.length - kept} files rendered${kept ? `, ${kept} hand-edited file(s) kept as they are` : ''}`);
  };
}
