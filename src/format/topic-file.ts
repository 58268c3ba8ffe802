import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { Topic } from '../knowledge/topics.ts';
import { topicSchema } from '../schemas/topic.ts';
import { ContentValidationError, validate } from '../schemas/validate.ts';
import { isTopicId } from '../util/ids.ts';

/** The frontmatter is not valid YAML; the message reads `file:line:column: reason`. */
export class TopicFileSyntaxError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'TopicFileSyntaxError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** A topic file read with plain Node: its validated frontmatter and its Markdown body. */
export interface TopicFile {
  topic: Topic;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Parse `content/topics/<id>.md` the way the site's `topics` collection
 * does (YAML frontmatter, the same zod schema), for the ingest report and
 * the tests, which run outside Astro.
 *
 * @param file path shown in errors; its base name is the topic id.
 * @throws ContentValidationError naming the file, the field and the fix;
 *   TopicFileSyntaxError (`file:line:column: reason`) when the YAML is broken.
 */
export function parseTopicFile(text: string, file: string): TopicFile {
  const id = basename(file).replace(/\.md$/, '');
  if (!isTopicId(id)) {
    throw new ContentValidationError(file, [
      `the file name "${id}" is not a valid topic id; use lowercase letters, digits and single hyphens, at most 40 characters.`,
    ]);
  }
  const match = FRONTMATTER.exec(text);
  if (!match) throw new ContentValidationError(file, ['has no frontmatter; start the file with a line "---", the YAML fields, and another "---".']);
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    if (error instanceof YAMLParseError && error.linePos) {
      const { line, col } = error.linePos[0];
      // +1: the frontmatter starts on the line after the opening "---".
      throw new TopicFileSyntaxError(file, line + 1, col, error.message.split('\n')[0]!);
    }
    throw error;
  }
  const topic = { ...validate(topicSchema, data, file), id };
  return { topic, body: text.slice(match[0].length).trim() };
}

/** Read and validate every `*.md` in `dir` (default `content/topics`), sorted by id. */
export async function readTopicFiles(dir = 'content/topics'): Promise<TopicFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(names.map(async (name) => parseTopicFile(await readFile(join(dir, name), 'utf8'), join(dir, name))));
}
