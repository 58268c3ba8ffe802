import { describe, expect, it } from 'vitest';
import { unknownTopics } from '../../../src/checks/unknown-topics.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('unknown-topics', () => {
  it('names each unknown id in topics and excludeTopics at its place, with the ids that exist', async () => {
    const fix = (id: string) => `  fix: use one of the topic ids (file names in content/topics/): speech-tts, vision; or add content/topics/${id}.md for a new topic`;
    expect(printed(unknownTopics(await fixtureContent('unknown-topics')))).toEqual([
      `content/papers/image-tokens.mdx:7:10: unknown topic "vison" in topics. Did you mean "vision"? [unknown-topics]\n${fix('vison')}`,
      `content/papers/image-tokens.mdx:8:17: unknown topic "nope" in excludeTopics. [unknown-topics]\n${fix('nope')}`,
    ]);
  });

  it("names an unknown id in a topic's fields, at its place", async () => {
    expect(printed(unknownTopics(await fixtureContent('unknown-field-topics')))).toEqual([
      'content/topics/comparison.md:10:14: unknown topic "vison" in fields[0].topics (field "Images"). Did you mean "vision"? [unknown-topics]\n' +
        '  fix: use one of the topic ids (file names in content/topics/): comparison, vision',
    ]);
  });
});
