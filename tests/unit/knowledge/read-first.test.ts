import { describe, expect, it } from 'vitest';
import { readFirst, termVectors } from '../../../src/knowledge/read-first.ts';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import { contentPapers, contentTopics } from './content.ts';
import { paper } from './made-paper.ts';


describe('the papers to read first on a topic', () => {
  const members = [
    paper('edge', 'Speculative Decoding for Protein Folding', 'Draft models propose residues; a verifier accepts them. Proteins fold faster.'),
    paper('core-a', 'Speculative Decoding with Draft Trees', 'A small draft model proposes tokens and the target model verifies them in one pass, accepting the longest prefix.'),
    paper('core-b', 'Faster Verification of Drafted Tokens', 'The target model verifies draft tokens from a small draft model and accepts a longer prefix per pass.'),
    paper('guide', 'Speculative Decoding: A Survey', 'This survey reviews draft models, verification and acceptance rules.'),
  ];
  const others = [paper('other', 'Image Tokenizers', 'Vector quantization of image patches for autoregressive models.')];
  const vectors = termVectors([...members, ...others]);

  it('starts with the surveys, then the members whose words are closest to the rest of the topic', () => {
    const picks = readFirst(members, vectors);
    expect(picks[0]).toEqual({ paper: 'guide', reason: 'survey' });
    // The two papers about drafting and verifying tokens, not the one that wanders off to proteins.
    expect(new Set(picks.slice(1))).toEqual(new Set([{ paper: 'core-a', reason: 'central' }, { paper: 'core-b', reason: 'central' }]));
  });

  it('gives at most as many as asked', () => {
    expect(readFirst(members, vectors, 1)).toEqual([{ paper: 'guide', reason: 'survey' }]);
  });

  it('starts the committed vision-ar topic with its survey', async () => {
    const papers = await contentPapers();
    const membership = deriveTopics(papers, await contentTopics());
    const vision = membership.byTopic.get('vision-ar' as never)!.map((member) => papers.find((item) => item.slug === member.paper)!);
    const picks = readFirst(vision, termVectors(papers));
    expect(picks[0]).toEqual({ paper: 'autoregressive-models-in-vision-a-survey', reason: 'survey' });
    expect(picks).toHaveLength(3);
  });
});
