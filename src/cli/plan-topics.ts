import { access } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Paper } from '../knowledge/paper.ts';
import { checkTopicReferences, deriveTopics, TopicReferenceError } from '../knowledge/topics.ts';
import { ContentValidationError } from '../schemas/validate.ts';
import { readTopicFiles, TopicFileSyntaxError } from '../format/topic-file.ts';

/** A problem as the ingest report lists it. */
export interface TopicMessage {
  file: string;
  line: number | null;
  column: number | null;
  severity: 'error';
  reason: string;
}

export interface PlannedTopics {
  /** Topic ids per paper slug, in topic order; every slug is present. */
  bySlug: Map<string, string[]>;
  /** Broken topic files and unknown topic ids: each an error naming the file. */
  messages: TopicMessage[];
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

const error = (file: string, reason: string, line: number | null = null, column: number | null = null): TopicMessage => ({ file, line, column, severity: 'error', reason });

/**
 * The topics each paper would get, for `npm run ingest -- --json`: the topic
 * files read with plain Node and the very deriveTopics the site runs. A
 * folder without `content/topics` (a bare seed checkout) has no topics.
 */
export async function planTopics(papers: readonly Paper[], options: PlanTopicsOptions): Promise<PlannedTopics> {
  const dir = join(options.cwd, options.topics ?? 'content/topics');
  const bySlug = new Map<string, string[]>(papers.map((paper) => [paper.slug, []]));
  const exists = await access(dir).then(() => true, () => false);
  if (!exists) return { bySlug, messages: [] };
  const shown = (path: string): string => relative(options.cwd, path);
  try {
    const topics = (await readTopicFiles(dir)).map((file) => file.topic);
    const fileOf = (paper: Paper): string => join(options.out, `${paper.slug}.mdx`);
    if (options.membership === false) {
      checkTopicReferences(papers, topics, { fileOf });
      return { bySlug, messages: [] };
    }
    const membership = deriveTopics(papers, topics, { fileOf });
    for (const [slug, memberships] of membership.byPaper) bySlug.set(slug, memberships.map((item) => item.topic));
    return { bySlug, messages: [] };
  } catch (thrown) {
    if (thrown instanceof ContentValidationError) return { bySlug, messages: thrown.sentences.map((sentence) => error(shown(thrown.file), sentence)) };
    if (thrown instanceof TopicFileSyntaxError) return { bySlug, messages: [error(shown(thrown.file), thrown.reason, thrown.line, thrown.column)] };
    if (thrown instanceof TopicReferenceError) return { bySlug, messages: thrown.problems.map((problem) => error(problem.file, problem.reason)) };
    throw thrown;
  }
}
