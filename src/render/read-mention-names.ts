import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mentionNames } from '../knowledge/mentions.ts';
import { paperFromFile, parsePaperFile } from '../format/paper-file.ts';
import type { PaperSlug } from '../util/ids.ts';

/**
 * The name → paper map rehypeMentions links with, read once per build from
 * the paper files (astro.config.mjs runs before the content collections
 * exist) with the reader the atlas uses, so the links and "Mentioned by"
 * agree. A file that does not parse throws its `file:line:column` message.
 */
export async function readMentionNames(dir: string): Promise<Map<string, PaperSlug>> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
  const papers = [];
  // A few dozen at a time: in parallel, without running out of file handles on 10,000 papers.
  for (let start = 0; start < names.length; start += 64) {
    const batch = names.slice(start, start + 64);
    const texts = await Promise.all(batch.map((name) => readFile(join(dir, name), 'utf8')));
    papers.push(...batch.map((name, index) => paperFromFile(parsePaperFile(texts[index]!, join(dir, name)), name.slice(0, -'.mdx'.length) as PaperSlug)));
  }
  return mentionNames(papers);
}
