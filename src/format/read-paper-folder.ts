import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePaperFile, type PaperFile } from './paper-file.ts';
import { slugProblem } from './paper-slug.ts';
import type { PaperSlug } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';
import { readTexts } from '../util/read-texts.ts';

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

/**
 * Read every `<slug>.mdx` in a folder with the paper reader: the files that
 * parse, and a message for each that does not. A missing folder is an empty one.
 * @param display the path of a file as messages show it (from the repository root).
 */
export async function readPaperFolder(outDir: string, display: (path: string) => string): Promise<PaperFolder> {
  const names = (await readdir(outDir).catch(() => [])).filter((entry) => entry.endsWith('.mdx')).sort();
  const texts = await readTexts(names.map((name) => join(outDir, name)));
  const papers = new Map<PaperSlug, ExistingPaper>();
  const messages: Message[] = [];
  names.forEach((name, index) => {
    const path = display(join(outDir, name));
    const slug = name.slice(0, -'.mdx'.length);
    const problem = slugProblem(slug, path);
    if (problem) {
      messages.push({ ...problem, severity: 'error' });
      return;
    }
    try {
      papers.set(slug as PaperSlug, { slug: slug as PaperSlug, file: parsePaperFile(texts[index]!, path), text: texts[index]! });
    } catch (error) {
      if (!(error instanceof MessageError)) throw error;
      messages.push(...error.messages.map((message): Message => ({ ...message, severity: 'error' })));
    }
  });
  return { papers, messages };
}
