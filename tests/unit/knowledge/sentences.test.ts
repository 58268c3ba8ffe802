import { describe, expect, it } from 'vitest';
import { gist } from '../../../src/knowledge/gist.ts';
import { splitSentences } from '../../../src/knowledge/sentences.ts';
import { cpuTime } from '../cpu-time.ts';

describe('splitSentences', () => {
  it('splits at sentence ends but not at abbreviations or decimals', () => {
    const text = 'Models (e.g. GPT) reach 2.33 times speed-up. Su et al. proposed it. Does it work? Yes.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Models (e.g. GPT) reach 2.33 times speed-up.',
      'Su et al. proposed it.',
      'Does it work?',
      'Yes.',
    ]);
  });

  it('keeps offsets into the original text', () => {
    const text = 'One. Two.';
    expect(splitSentences(text)).toEqual([
      { text: 'One.', start: 0 },
      { text: 'Two.', start: 5 },
    ]);
  });
});

describe('gist', () => {
  it('prefers the sentence stating the contribution, without its opener', () => {
    const abstract = 'Decoding is slow. To this end, we propose a fast decoder. We show it works.';
    expect(gist(abstract)).toBe('We propose a fast decoder.');
  });

  it('falls back to the first sentence and cuts long ones at a word', () => {
    const abstract = `Large models ${'are very large '.repeat(20)}indeed.`;
    const line = gist(abstract, 60);
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line).toMatch(/^Large models are very large .*\u2026$/);
    expect(line).not.toMatch(/ \u2026$/);
  });
});

describe('splitSentences on long input', () => {
  // Both inputs took seconds with a regex that restarted inside runs; each must stay linear.
  it.each([
    ['a run of 100,000 exclamation marks', `${'!'.repeat(100_000)}a`],
    ['100,000 characters of abbreviations that never end a sentence', 'e.g. A '.repeat(15_000)],
  ])('splits %s quickly', (_name, text) => {
    const { result: sentences, seconds } = cpuTime(() => splitSentences(text));
    expect(sentences).toHaveLength(1);
    expect(seconds).toBeLessThan(1);
  });
});
