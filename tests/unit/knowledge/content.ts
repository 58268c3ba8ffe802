import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Paper } from '../../../src/knowledge/paper.ts';
import type { Topic } from '../../../src/knowledge/topics.ts';
import { isPaperSlug } from '../../../src/util/ids.ts';
import { paperFromFile, parsePaperFile } from '../../../src/format/paper-file.ts';
import { readTopicFiles } from '../../../src/format/topic-file.ts';

const root = new URL('../../..', import.meta.url).pathname;

/** The committed papers, read by the same reader the site uses, in seed order. */
export async function contentPapers(): Promise<Paper[]> {
  const dir = join(root, 'content/papers');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx'));
  const files = await Promise.all(names.map(async (name) => parsePaperFile(await readFile(join(dir, name), 'utf8'), `content/papers/${name}`)));
  files.sort((a, b) => a.frontmatter.source.line - b.frontmatter.source.line);
  return files.map((file) => {
    const slug = file.path.replace(/^.*\/|\.mdx$/g, '');
    if (!isPaperSlug(slug)) throw new Error(`${file.path}: not a paper slug`);
    return paperFromFile(file, slug);
  });
}

/** The committed topics, read with plain Node as the ingest report reads them. */
export async function contentTopics(): Promise<Topic[]> {
  return (await readTopicFiles(join(root, 'content/topics'))).map((file) => file.topic);
}
