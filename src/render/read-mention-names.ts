import { relative, sep } from 'node:path';
import { mentionNames } from '../knowledge/mentions.ts';
import { paperFromFile } from '../format/paper-file.ts';
import { readPaperFolder } from '../format/read-paper-folder.ts';
import type { PaperSlug } from '../util/ids.ts';
import { MessageError } from '../util/message.ts';

/**
 * The name → paper map rehypeMentions links with, read once per build from
 * the paper files (astro.config.mjs runs before the content collections
 * exist) with the format module's folder reader, which ingest uses too, so
 * the links and "Mentioned by" agree. A file that does not parse throws its
 * `file:line:column` message.
 */
export async function readMentionNames(dir: string): Promise<Map<string, PaperSlug>> {
  const folder = await readPaperFolder(dir, (path) => relative(process.cwd(), path).split(sep).join('/'));
  if (folder.messages.length) throw new MessageError(folder.messages);
  return mentionNames([...folder.papers.values()].map(({ slug, file }) => paperFromFile(file, slug)));
}
