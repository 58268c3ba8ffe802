import { access } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { Paper } from '../knowledge/paper.ts';
import { checkTopicReferences, deriveTopics } from '../knowledge/topics.ts';
import { trainCorpusModel } from '../format/topic-corpus.ts';
import { readTopicFiles } from '../format/topic-file.ts';
import { MessageError, type Message } from '../util/message.ts';

export interface PlannedTopics {
  /** Topic ids per paper slug, in topic order; every slug is present. */
  bySlug: Map<string, string[]>;
  /** Broken topic files and unknown topic ids: each an error naming the file. */
  messages: Message[];
}

export interface PlanTopicsOptions {
  /** The repository folder; paths in messages are relative to it. */
  cwd: string;
  /** Folder of topic files, relative to `cwd`. Default `content/topics`. */
  topics?: string;
  /** Folder of paper files, relative to `cwd`, for messages about a paper's `topics:`. */
  out: string;
  /**
   * Derive each paper's topics (default), or only check the topic files and
   * the papers' references to them, leaving every paper's list empty: the
   * report is all that needs them, and deriving is a fifth of ingesting
   * 10,000 papers.
   */
  membership?: boolean;
}

/**
 * The topics each paper would get, for `npm run ingest -- --json`: the topic
 * files read with src/format/ and the very deriveTopics the site runs. A
 * folder without `content/topics` (a bare seed checkout) has no topics.
 */
export async function planTopics(papers: readonly Paper[], options: PlanTopicsOptions): Promise<PlannedTopics> {
  const dir = join(options.cwd, options.topics ?? 'content/topics');
  const bySlug = new Map<string, string[]>(papers.map((paper) => [paper.slug, []]));
  const exists = await access(dir).then(() => true, () => false);
  if (!exists) return { bySlug, messages: [] };
  try {
    const topics = (await readTopicFiles(dir)).map((file) => file.topic);
    const fileOf = (paper: Paper): string => join(options.out, `${paper.slug}.mdx`);
    if (options.membership === false) {
      checkTopicReferences(papers, topics, { fileOf });
      return { bySlug, messages: [] };
    }
    const model = await trainCorpusModel(topics, options.cwd);
    const membership = deriveTopics(papers, topics, { fileOf, ...(model ? { model } : {}) });
    for (const [slug, memberships] of membership.byPaper) bySlug.set(slug, memberships.map((item) => item.topic));
    return { bySlug, messages: [] };
  } catch (thrown) {
    if (!(thrown instanceof MessageError)) throw thrown;
    // Topic files are read by absolute path; messages name them from the repository root.
    const messages = thrown.messages.map((message): Message => ({ ...message, severity: 'error', file: isAbsolute(message.file) ? relative(options.cwd, message.file) : message.file }));
    return { bySlug, messages };
  }
}
