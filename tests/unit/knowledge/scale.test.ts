import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/knowledge/paper.ts';
import { relatedTopics } from '../../../src/knowledge/related.ts';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';
import { contentPapers, contentTopics } from './content.ts';

describe('topics at the scale the site is built for', () => {
  it('derives 10,000 papers in one pass, well within a build', async () => {
    const seed = await contentPapers();
    const topics = await contentTopics();
    const papers: Paper[] = Array.from({ length: 10_000 }, (_, index) => {
      const paper = seed[index % seed.length]!;
      return { ...paper, slug: `${paper.slug}-${index}` as PaperSlug, abstract: `${paper.abstract} Copy ${index}.` };
    });
    const started = performance.now();
    const membership = deriveTopics(papers, topics);
    const related = relatedTopics(membership);
    const seconds = (performance.now() - started) / 1000;
    // About 3 s on a shared two-core machine under load; the bound leaves room for a slow CI runner.
    expect(seconds).toBeLessThan(30);
    expect(membership.byPaper.size).toBe(10_000);
    expect(related.get('vision-ar' as never)!.length).toBeGreaterThan(0);
  }, 60_000);
});
