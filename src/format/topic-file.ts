import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Topic } from '../knowledge/topics.ts';
import { topicSchema } from '../schemas/topic.ts';
import { isTopicId } from '../util/ids.ts';
import { MessageError } from '../util/message.ts';
import { readFrontmatter } from './frontmatter.ts';
import { validateFrontmatter } from './validate-frontmatter.ts';

/** A topic file read: its validated frontmatter and its Markdown body. */
export interface TopicFile {
  topic: Topic;
  body: string;
}

/**
 * Read `content/topics/<id>.md`: the id from the file name, the frontmatter
 * validated with the topic schema, the Markdown body trimmed. The same
 * reader serves ingest's report, `npm run check` and the build's `topics`
 * collection.
 *
 * @param file path shown in messages; its base name is the topic id.
 * @throws MessageError naming the file, the line, the field and the fix.
 */
export function parseTopicFile(text: string, file: string): TopicFile {
  const id = basename(file).replace(/\.md$/, '');
  if (!isTopicId(id)) {
    throw new MessageError([
      {
        file,
        reason: `the file name "${id}" is not a valid topic id; use lowercase letters, digits and single hyphens, at most 40 characters.`,
        fix: "rename the file: its name is the topic id, used in /topics/<id>/ and in papers' `topics:` lists",
      },
    ]);
  }
  const frontmatter = readFrontmatter(text, file);
  const topic = { ...validateFrontmatter(topicSchema, frontmatter, file, 'src/schemas/topic.ts'), id };
  return { topic, body: frontmatter.body.trim() };
}

/**
 * Read and validate every `*.md` in `dir` (default `content/topics`), sorted by id.
 * @throws MessageError with the problems of every broken file, not only the first.
 */
export async function readTopicFiles(dir = 'content/topics'): Promise<TopicFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const read = await Promise.allSettled(names.map(async (name) => parseTopicFile(await readFile(join(dir, name), 'utf8'), join(dir, name))));
  const messages = read.flatMap((result) => {
    if (result.status === 'fulfilled') return [];
    if (result.reason instanceof MessageError) return result.reason.messages;
    throw result.reason;
  });
  if (messages.length) throw new MessageError(messages);
  return read.map((result) => (result as PromiseFulfilledResult<TopicFile>).value);
}
