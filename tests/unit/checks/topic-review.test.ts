import { describe, expect, it } from 'vitest';
import { topicReview } from '../../../src/checks/topic-review.ts';
import type { TopicModel } from '../../../src/knowledge/topic-model.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('topic-review', () => {
  it('lists papers decided by a small margin or only in the catch-all, and leaves curated ones alone', async () => {
    expect(printed(topicReview(await fixtureContent('topic-review')))).toEqual([
      'content/papers/close.mdx:2:8: joins vision by a small margin: 2 points against a threshold of 2; matched: image [topic-review]\n' +
        '  fix: if it belongs there, keep it with `topics: [vision]`; if not, remove it with `excludeTopics: [vision]`',
      'content/papers/nothing.mdx:2:8: lands only in "other": no topic\'s rules reach their threshold [topic-review]\n' +
        '  fix: if it belongs to a topic, add it with `topics: [id]`; if "other" is right, add `topics: [other]`',
      'content/papers/under.mdx:2:8: lands only in "other": no topic\'s rules reach their threshold (closest: vision, 1 of 2 points; matched: image) [topic-review]\n' +
        '  fix: if it belongs to a topic, add it with `topics: [vision]`; if "other" is right, add `topics: [other]`',
    ]);
  });

  it('lists a paper the rules admit and the learned model leaves out, with both verdicts', async () => {
    // A model that finds every paper unlike the topic's labelled ones: what the check says is the subject here.
    const doubting: TopicModel = { topics: ['vision'], examples: 2, probability: () => 0.01, words: () => [] };
    const messages = printed(topicReview(await fixtureContent('topic-review'), doubting));
    expect(messages).toContain(
      'content/papers/clear.mdx:2:8: left out of vision by the learned model: the rules give 4 points against a threshold of 2; matched: image, but it is worded unlike the topic\'s labelled papers (probability 0.01) [topic-review]\n' +
        '  fix: if it belongs there, add it with `topics: [vision]`; if not, confirm with `excludeTopics: [vision]`',
    );
    // A contributor's `topics:` stands: the curated paper is not listed.
    expect(messages.filter((message) => message.startsWith('content/papers/kept.mdx'))).toEqual([]);
  });
});
