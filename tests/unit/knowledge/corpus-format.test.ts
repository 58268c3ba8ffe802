import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORPUS_DIR } from '../../../src/format/topic-corpus.ts';
import { contentPapers } from './content.ts';
import { requiredTopics } from './golden-topics.ts';

/**
 * The labelled corpus is only evidence if it is what its README says: papers
 * outside the seed, no paper in both parts, entries of the documented shape.
 * Only shapes and titles are read here, never scores.
 */
const root = new URL('../../..', import.meta.url).pathname;
const LEANS = ['diffusion-ahead', 'autoregressive-ahead', 'hybrid', 'neutral'];

interface Entry {
  id: string;
  title: string;
  year: number;
  abstract: string;
  topics?: Record<string, string>;
  notTopics?: Record<string, string>;
  borderline?: string[];
  lean?: string;
}

const read = async (part: string): Promise<Entry[]> => parse(await readFile(join(root, CORPUS_DIR, `${part}.yaml`), 'utf8')) as Entry[];
const parts = { dev: await read('dev'), test: await read('test') };
/** Titles compared without case, spacing or punctuation: "PixelCNN++: ..." and "PixelCNN ++ ..." are one paper. */
const key = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('the labelled topic corpus', () => {
  it('keeps the test part at least a third of the corpus', () => {
    expect(parts.test.length * 3).toBeGreaterThanOrEqual(parts.dev.length + parts.test.length);
  });

  it('has no paper in both parts, and none from the seed', async () => {
    const dev = new Set(parts.dev.map((entry) => key(entry.title)));
    expect(parts.test.filter((entry) => dev.has(key(entry.title))).map((entry) => entry.title)).toEqual([]);
    const seed = new Set((await contentPapers()).map((paper) => key(paper.title)));
    const all = [...parts.dev, ...parts.test];
    expect(all.filter((entry) => seed.has(key(entry.title))).map((entry) => entry.title)).toEqual([]);
    expect(new Set(all.map((entry) => key(entry.title))).size).toBe(all.length);
  });

  it.each(Object.keys(parts) as Array<keyof typeof parts>)('%s: every entry has the documented shape', (part) => {
    const ids = new Set<string>();
    for (const entry of parts[part]) {
      const where = `${part}.yaml ${entry.id}`;
      expect(ids.has(entry.id), `${where}: id used twice`).toBe(false);
      ids.add(entry.id);
      expect(entry.id, where).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(entry.year, where).toBeGreaterThanOrEqual(2016);
      expect(entry.year, where).toBeLessThanOrEqual(2025);
      expect(entry.abstract.trim().length, `${where}: abstract length`).toBeGreaterThanOrEqual(400);
      expect(entry.abstract.trim().length, `${where}: abstract length`).toBeLessThanOrEqual(1200);
      const topics = Object.keys(entry.topics ?? {});
      for (const id of [...topics, ...Object.keys(entry.notTopics ?? {}), ...(entry.borderline ?? [])]) expect(requiredTopics, where).toContain(id);
      expect(topics.filter((id) => Object.hasOwn(entry.notTopics ?? {}, id)), `${where}: in and not in a topic`).toEqual([]);
      expect(entry.lean !== undefined, `${where}: a lean exactly when in diffusion-vs-ar`).toBe(topics.includes('diffusion-vs-ar'));
      if (entry.lean !== undefined) expect(LEANS, where).toContain(entry.lean);
    }
  });
});
