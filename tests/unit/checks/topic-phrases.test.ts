import { describe, expect, it } from 'vitest';
import { contentPapers } from '../../../src/checks/load-content.ts';
import { topicPhrases } from '../../../src/checks/topic-phrases.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('topic-phrases', () => {
  it('names each phrase found in at most one known paper, unless it says why it is kept', async () => {
    const content = await fixtureContent('topic-phrases');
    const fix = (keep: string) => `  fix: use words the field shares (a shorter phrase, a word*), drop it, or keep it with a written reason: ${keep}`;
    expect(printed(topicPhrases(content, contentPapers(content)))).toEqual([
      `content/topics/vision.md:10:12: "pixel" in rules.abstract is found in only one of the 2 known papers: it describes a paper, not the field [topic-phrases]\n${fix('"pixel": { points: ..., why: "..." }')}`,
      `content/topics/vision.md:12:18: "transformer" in rules.abstract is found in only one of the 2 known papers: it describes a paper, not the field [topic-phrases]\n${fix('"transformer": { points: ..., why: "..." }')}`,
      `content/topics/vision.md:6:94: "voxel" in rules.must is found in none of the 2 known papers: it describes a paper, not the field [topic-phrases]\n${fix('{ phrase: "voxel", why: "..." }')}`,
    ]);
  });

  it('counts the papers it is given, so the labelled corpus widens what the field shares', async () => {
    const content = await fixtureContent('topic-phrases');
    const papers = contentPapers(content);
    const more = [
      ...papers,
      { ...papers[0]!, slug: 'voxel-transformer' as never, title: 'A Voxel Transformer', abstract: 'Pixels and voxels, with a transformer.' },
      { ...papers[0]!, slug: 'voxel-grids' as never, title: 'Voxel Grids', abstract: 'Shapes as voxels.' },
    ];
    expect(printed(topicPhrases(content, more))).toEqual([]);
  });
});
