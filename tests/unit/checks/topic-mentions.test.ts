import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/checks/load-content.ts';
import { topicMentions } from '../../../src/checks/topic-mentions.ts';
import { fixtureContent, printed } from './fixture.ts';

describe('topic-mentions', () => {
  it('names "the <id> page" and "the <id> topic" written without a link, at their line and column', async () => {
    expect(printed(topicMentions(await fixtureContent('topic-mentions')))).toEqual([
      'content/topics/speech-tts.md:10:29: "vision page" names a topic without linking to it [topic-mentions]\n' +
        '  fix: write it as a link: [Visual generation](/topics/vision/) page',
      'content/topics/speech-tts.md:12:1: "Vision topic" names a topic without linking to it [topic-mentions]\n' +
        '  fix: write it as a link: [Visual generation](/topics/vision/) topic',
    ]);
  });

  it('finds nothing in the committed topics: their cross-references are links', async () => {
    expect(printed(topicMentions(await loadContent(new URL('../../..', import.meta.url).pathname)))).toEqual([]);
  });
});
