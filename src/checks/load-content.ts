import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isFsError } from '../util/fs-error.ts';
import { parsePaperFile, type PaperFile } from '../format/paper-file.ts';
import { readContentFile } from '../format/read-content-file.ts';
import { parseTopicFile, type TopicFile } from '../format/topic-file.ts';

/** One content file as the checks see it: its text, and what the project's own reader made of it. */
export interface ContentFile<T> {
  /** Path from the repository root, forward slashes: `content/papers/x.mdx`. */
  path: string;
  /** The file name without its extension: the paper's slug or the topic's id. */
  name: string;
  text: string;
  /** The file as read by src/format/paper-file.ts or src/format/topic-file.ts; undefined when that threw. */
  parsed: T | undefined;
  /** What the reader threw (a refused file too: a folder, a link out of the repository, too big), for the schema rule to explain. */
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
  return Promise.all(
    names.map(async (fileName) => {
      const path = `${folder}/${fileName}`;
      const name = fileName.slice(0, -extension.length);
      let text = '';
      try {
        text = await readContentFile(join(root, path), root, path);
        return { path, name, text, parsed: parse(text, path), error: undefined };
      } catch (error) {
        if (isFsError(error)) throw error;
        return { path, name, text, parsed: undefined, error };
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
