import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePaperFile, type PaperFile } from '../format/paper-file.ts';
import { parseTopicFile, type TopicFile } from '../format/topic-file.ts';
import { isFsError } from '../util/fs-error.ts';
import { MessageError } from '../util/message.ts';
import { FileRefusal, readProjectFile } from '../util/read-project-file.ts';

/** One content file as the checks see it: its text, and what the project's own reader made of it. */
export interface ContentFile<T> {
  /** Path from the repository root, forward slashes: `content/papers/x.mdx`. */
  path: string;
  /** The file name without its extension: the paper's slug or the topic's id. */
  name: string;
  text: string;
  /** The file as read by src/format/paper-file.ts or src/format/topic-file.ts; undefined when that threw. */
  parsed: T | undefined;
  /** What the reader threw, for the schema rule to explain. */
  error: unknown;
}

/** Every paper and topic file of a project, read once and shared by the content rules. */
export interface Content {
  papers: ContentFile<PaperFile>[];
  topics: ContentFile<TopicFile>[];
}

async function readFolder<T>(root: string, folder: string, extension: string, parse: (text: string, path: string) => T): Promise<ContentFile<T>[]> {
  // A missing folder is an empty one; an unreadable one is the command's failure to report, not an empty folder.
  const listed = await readdir(join(root, folder)).catch((error: unknown) => {
    if (isFsError(error) && error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const names = listed.filter((name) => name.endsWith(extension)).sort();
  const decoder = new TextDecoder();
  return Promise.all(
    names.map(async (fileName) => {
      const path = `${folder}/${fileName}`;
      const name = fileName.slice(0, -extension.length);
      let text = '';
      try {
        text = decoder.decode(await readProjectFile(join(root, path), root));
        return { path, name, text, parsed: parse(text, path), error: undefined };
      } catch (error) {
        if (isFsError(error)) throw error;
        // A folder, a link out of the repository, a file over the cap: the schema rule names it like any unreadable file.
        const refused = error instanceof FileRefusal ? new MessageError([{ file: path, reason: error.message, fix: 'make it a plain text file inside the repository, as the other content files are' }]) : error;
        return { path, name, text, parsed: undefined, error: refused };
      }
    }),
  );
}

/** Read `content/papers/*.mdx` and `content/topics/*.md` under `root` with the readers the site and ingest use. */
export async function loadContent(root: string): Promise<Content> {
  const [papers, topics] = await Promise.all([
    readFolder(root, 'content/papers', '.mdx', parsePaperFile),
    readFolder(root, 'content/topics', '.md', parseTopicFile),
  ]);
  return { papers, topics };
}
