import { join } from 'node:path';
import { parsePaperFile, type PaperFile } from '../format/paper-file.ts';
import { slugProblem } from '../format/paper-slug.ts';
import type { PaperSlug } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';
import { listFolder, readInputs } from './read-input.ts';

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

const decoder = new TextDecoder();

/**
 * Read every `<slug>.mdx` in the output folder with the format module's
 * reader. A missing folder is an empty one; a folder or file that cannot be
 * read (a file that is a folder or a link out of the repository, a disk
 * error) is an error naming it.
 * @param display the path of a file as messages show it (from the repository root).
 * @param root the repository: links out of it are refused.
 */
export async function readPaperFolder(outDir: string, display: (path: string) => string, root: string): Promise<PaperFolder> {
  const messages: Message[] = [];
  const listed = await listFolder(outDir, display(outDir), []);
  if (!Array.isArray(listed)) messages.push(listed);
  const names = Array.isArray(listed) ? listed.filter((entry) => entry.endsWith('.mdx')) : [];
  const contents = await readInputs(names.map((name) => join(outDir, name)), display, root);
  const papers = new Map<PaperSlug, ExistingPaper>();
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
    const text = decoder.decode(content);
    try {
      papers.set(slug as PaperSlug, { slug: slug as PaperSlug, file: parsePaperFile(text, path), text });
    } catch (error) {
      if (!(error instanceof MessageError)) throw error;
      messages.push(...error.messages.map((message): Message => ({ ...message, severity: 'error' })));
    }
  });
  return { papers, messages };
}
