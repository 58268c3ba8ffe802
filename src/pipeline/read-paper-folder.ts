import { join } from 'node:path';
import { parsePaperFile, type PaperFile } from '../format/paper-file.ts';
import { slugProblem } from '../format/paper-slug.ts';
import type { PaperSlug } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';
import { listFolder, readOrRefuse } from './read-input.ts';

/** A paper file already in the output folder. */
export interface ExistingPaper {
  slug: PaperSlug;
  /** The file as the format module read it. */
  file: PaperFile;
  /** Its text as it is on disk: a page whose new text is the same is left unchanged. */
  text: string;
}

/** The output folder as ingest found it. */
export interface PaperFolder {
  /** Every paper file that could be read, by slug, in file name order. */
  papers: ReadonlyMap<PaperSlug, ExistingPaper>;
  /** Files that could not be read (a name that is no slug, broken frontmatter or MDX): errors naming each. */
  messages: Message[];
}

/** Read files a few dozen at a time: in parallel, without running out of file handles on 10,000 papers. */
async function readAll(paths: readonly string[], display: (path: string) => string, root: string, batch = 64): Promise<Array<Uint8Array | Message>> {
  const contents: Array<Uint8Array | Message> = [];
  for (let start = 0; start < paths.length; start += batch) {
    contents.push(...(await Promise.all(paths.slice(start, start + batch).map((path) => readOrRefuse(path, display(path), root)))));
  }
  return contents;
}

const decoder = new TextDecoder();

/**
 * Read every `<slug>.mdx` in the output folder with the format module's
 * reader. A missing folder is an empty one; one that cannot be listed, and
 * a file that is not a plain file of the repository, is an error.
 * @param display the path of a file as messages show it (from the repository root).
 * @param root the repository: a file may not be a link that leads out of it.
 */
export async function readPaperFolder(outDir: string, display: (path: string) => string, root: string): Promise<PaperFolder> {
  const listed = await listFolder(outDir, display(outDir), []);
  const names = Array.isArray(listed) ? listed.filter((entry) => entry.endsWith('.mdx')) : [];
  const contents = await readAll(names.map((name) => join(outDir, name)), display, root);
  const papers = new Map<PaperSlug, ExistingPaper>();
  const messages: Message[] = Array.isArray(listed) ? [] : [listed];
  names.forEach((name, index) => {
    const path = display(join(outDir, name));
    const slug = name.slice(0, -'.mdx'.length);
    const problem = slugProblem(slug, path);
    if (problem) {
      messages.push({ ...problem, severity: 'error' });
      return;
    }
    const content = contents[index]!;
    if (!(content instanceof Uint8Array)) {
      messages.push(content);
      return;
    }
    try {
      const text = decoder.decode(content);
      papers.set(slug as PaperSlug, { slug: slug as PaperSlug, file: parsePaperFile(text, path), text });
    } catch (error) {
      if (!(error instanceof MessageError)) throw error;
      messages.push(...error.messages.map((message): Message => ({ ...message, severity: 'error' })));
    }
  });
  return { papers, messages };
}
