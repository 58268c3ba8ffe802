import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { paperFromFile, parsePaperFile, type PaperFile } from '../format/paper-file.ts';
import { readContentFile } from '../format/read-content-file.ts';
import { parseSynonymsFile, SYNONYMS_FILE } from '../format/synonyms-file.ts';
import { isFsError } from '../util/fs-error.ts';
import { parseTopicFile, type TopicFile } from '../format/topic-file.ts';
import type { Paper } from '../knowledge/paper.ts';
import type { Topic } from '../knowledge/topics.ts';
import type { Synonyms } from '../schemas/synonyms.ts';
import type { PaperSlug } from '../util/ids.ts';

/** One content file as the checks see it: its text, and what the project's own reader made of it. */
export interface ContentFile<T> {
  /** Path from the repository root, forward slashes: `content/papers/x.mdx`. */
  path: string;
  /** The file name without its extension: the paper's slug or the topic's id. */
  name: string;
  text: string;
  /** The file as read by its reader in src/format/; undefined when that threw. */
  parsed: T | undefined;
  /** What the reader threw (a refused file too: a folder, a link out of the repository, too big), for the schema rule to explain. */
  error: unknown;
}

/** Every paper and topic file of a project, and its search synonyms, read once and shared by the content rules. */
export interface Content {
  papers: ContentFile<PaperFile>[];
  topics: ContentFile<TopicFile>[];
  /** content/search/synonyms.yaml, when the project has one. */
  synonyms: ContentFile<Synonyms>[];
}

async function readFolder<T>(root: string, folder: string, extension: string, parse: (text: string, path: string) => T): Promise<ContentFile<T>[]> {
  // A missing folder is an empty one; an unreadable one is the command's failure to report, not an empty folder.
  const listed = await readdir(join(root, folder)).catch((error: unknown) => {
    if (isFsError(error) && error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const names = listed.filter((name) => name.endsWith(extension)).sort();
  return Promise.all(names.map((fileName) => readOne(root, `${folder}/${fileName}`, fileName.slice(0, -extension.length), parse)));
}

/** One file read and parsed; a refused file (a folder, a link out of the repository, too big) or one that does not parse is kept with its error. */
async function readOne<T>(root: string, path: string, name: string, parse: (text: string, path: string) => T): Promise<ContentFile<T>> {
  let text = '';
  try {
    text = await readContentFile(join(root, path), root, path);
    return { path, name, text, parsed: parse(text, path), error: undefined };
  } catch (error) {
    if (isFsError(error)) throw error;
    return { path, name, text, parsed: undefined, error };
  }
}

/** Read `content/papers/*.mdx`, `content/topics/*.md` and the search synonyms under `root` with the readers the site and ingest use. */
export async function loadContent(root: string): Promise<Content> {
  const [papers, topics, synonyms] = await Promise.all([
    readFolder(root, 'content/papers', '.mdx', parsePaperFile),
    readFolder(root, 'content/topics', '.md', parseTopicFile),
    readOne(root, SYNONYMS_FILE, 'synonyms', parseSynonymsFile).then(
      (file) => [file],
      (error: unknown) => {
        // A project without the file (a check fixture) has no synonyms to check.
        if (isFsError(error) && error.code === 'ENOENT') return [];
        throw error;
      },
    ),
  ]);
  return { papers, topics, synonyms };
}

/** The papers that read without error, as the derivations see them (slug = file name). */
export function contentPapers(content: Content): Paper[] {
  return content.papers.flatMap((file) => (file.parsed ? [paperFromFile(file.parsed, file.name as PaperSlug)] : []));
}

/** The topics that read without error, as the derivations see them. */
export function contentTopics(content: Content): Topic[] {
  return content.topics.flatMap((file) => (file.parsed ? [file.parsed.topic] : []));
}
