import { describe, expect, it } from 'vitest';
import { createLeanReader } from '../../../src/knowledge/lean.ts';
import type { Paper } from '../../../src/knowledge/paper.ts';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';
import { contentTopics } from './content.ts';
import { unseenPapers } from './unseen-papers.ts';

const topics = await contentTopics();
const papers: Paper[] = unseenPapers.map((item, index) => ({
  slug: `unseen-${index}` as PaperSlug,
  title: item.title,
  abstract: item.abstract,
  curatedTopics: [],
  excludedTopics: [],
}));
const membership = deriveTopics(papers, topics);

describe('the rules on well-known papers outside the seed', () => {
  it('has at least ten of them', () => {
    expect(unseenPapers.length).toBeGreaterThanOrEqual(10);
  });

  it.each(unseenPapers.map((item, index) => ({ ...item, slug: papers[index]!.slug })))('$title', (item) => {
    const derived = new Set(membership.byPaper.get(item.slug)!.map((entry) => entry.topic as string));
    const got = Object.fromEntries(Object.keys(item.expect).map((topic) => [topic, derived.has(topic)]));
    expect(got).toEqual(item.expect);
  });

  it('reads the lean of the comparison papers', () => {
    const reader = createLeanReader(topics.find((topic) => topic.id === 'diffusion-vs-ar')!.lean!);
    const leans = unseenPapers.flatMap((item, index) => {
      if (!item.lean) return [];
      const lean = reader.read(papers[index]!);
      return [{ title: item.title, lean: lean.kind === 'ahead' ? `${lean.side}-ahead` : lean.kind }];
    });
    expect(leans).toEqual(unseenPapers.filter((item) => item.lean).map((item) => ({ title: item.title, lean: item.lean })));
  });
});
