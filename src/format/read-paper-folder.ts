import { join } from 'node:path';
import { parsePaperFile, type PaperFile } from './paper-file.ts';
import { slugProblem } from './paper-slug.ts';
import type { PaperSlug } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';
import { inBatches } from '../util/in-batches.ts';
import { listFolder, readOrRefuse } from '../util/read-input.ts';

/** A paper file of a folder of paper files (`content/papers/`). */
export interface ExistingPaper {
  slug: PaperSlug;
  /** The file as the format module read it. */
  file: PaperFile;
  /** Its text as it is on disk: a page whose new text is the same is left unchanged. */
  text: string;
}

/** A folder of paper files as it is on disk: ingest's output folder, or the one the mention links are read from. */
export interface PaperFolder {
  /** Every paper file that could be read, by slug, in file name order. */
  papers: ReadonlyMap<PaperSlug, ExistingPaper>;
  /** Files that could not be read (a name that is no slug, broken frontmatter or MDX): errors naming each. */
  messages: Message[];
}

const decoder = new TextDecoder();

/**
 * Read every `<slug>.mdx` in a folder of paper files with the paper reader:
 * the files that parse, and a message for each that does not. A missing
 * folder is an empty one; one that cannot be listed, and a file that is not
 * a plain file of the repository, is an error.
 * @param display the path of a file as messages show it (from the repository root).
 * @param root the repository: a file may not be a link that leads out of it.
 */
export async function readPaperFolder(outDir: string, display: (path: string) => string, root: string): Promise<PaperFolder> {
  const listed = await listFolder(outDir, display(outDir), []);
  const names = Array.isArray(listed) ? listed.filter((entry) => entry.endsWith('.mdx')) : [];
  const contents = await inBatches(names, (name) => readOrRefuse(join(outDir, name), display(join(outDir, name)), root));
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
