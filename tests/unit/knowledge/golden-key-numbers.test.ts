import { describe, expect, it } from 'vitest';
import { extractKeyNumbers } from '../../../src/knowledge/key-numbers.ts';
import { contentPapers } from './content.ts';
import { goldenKeyNumbers } from './golden-key-numbers.ts';

// The committed papers through the site's own reader, so the abstracts are exactly what pages show.
const papers = await contentPapers();

describe('key numbers of the seed, against the hand judgement', () => {
  it('judges every committed paper, and nothing else', () => {
    expect(new Set(papers.map((paper) => paper.slug))).toEqual(new Set(Object.keys(goldenKeyNumbers)));
  });

  it.each(papers.map((paper) => [paper.slug, paper] as const))('%s', (slug, paper) => {
    const found = extractKeyNumbers(paper.abstract);
    const expected = goldenKeyNumbers[slug]!.numbers;
    expect(found.map(({ sentence: _sentence, sentenceStart: _start, ...number }) => number)).toEqual(expected.map(({ says: _says, ...number }) => number));
    for (const [index, number] of found.entries()) {
      expect(number.sentence).toContain(expected[index]!.says);
      expect(paper.abstract.slice(number.sentenceStart, number.sentenceStart + number.sentence.length)).toBe(number.sentence);
    }
  });
});
