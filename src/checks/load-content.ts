import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paperFromFile, parsePaperFile, type PaperFile } from '../format/paper-file.ts';
import { parseSynonymsFile, SYNONYMS_FILE } from '../format/synonyms-file.ts';
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
  /** What the reader threw, for the schema rule to explain. */
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
  const names = (await readdir(join(root, folder)).catch(() => [] as string[])).filter((name) => name.endsWith(extension)).sort();
  return Promise.all(names.map((fileName) => readContentFile(root, `${folder}/${fileName}`, fileName.slice(0, -extension.length), parse)));
}

async function readContentFile<T>(root: string, path: string, name: string, parse: (text: string, path: string) => T): Promise<ContentFile<T>> {
  const text = await readFile(join(root, path), 'utf8');
  try {
    return { path, name, text, parsed: parse(text, path), error: undefined };
  } catch (error) {
    return { path, name, text, parsed: undefined, error };
  }
}

/** Read `content/papers/*.mdx`, `content/topics/*.md` and the search synonyms under `root` with the readers the site and ingest use. */
export async function loadContent(root: string): Promise<Content> {
  const [papers, topics, synonyms] = await Promise.all([
    readFolder(root, 'content/papers', '.mdx', parsePaperFile),
    readFolder(root, 'content/topics', '.md', parseTopicFile),
    readContentFile(root, SYNONYMS_FILE, 'synonyms', parseSynonymsFile).then(
      (file) => [file],
      () => [], // A project without the file (a check fixture) has no synonyms to check.
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
