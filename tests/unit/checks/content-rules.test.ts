import { describe, expect, it } from 'vitest';
import { bodyLinks } from '../../../src/checks/body-links.ts';
import { duplicateTitles } from '../../../src/checks/duplicate-titles.ts';
import { schema } from '../../../src/checks/schema.ts';
import { slugs } from '../../../src/checks/slugs.ts';
import { topicMentions } from '../../../src/checks/topic-mentions.ts';
import { unknownTopics } from '../../../src/checks/unknown-topics.ts';
import { fixtureContent, printed } from './fixture.ts';

const contentRules = { schema, unknownTopics, duplicateTitles, slugs, bodyLinks, topicMentions };

describe('content rules on a clean project', () => {
  it.each(Object.entries(contentRules))('%s finds nothing', async (_name, rule) => {
    expect(printed(rule(await fixtureContent('clean')))).toEqual([]);
  });
});
