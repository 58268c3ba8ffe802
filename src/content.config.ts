import { defineCollection } from 'astro:content';
import { parseTopicFile } from './format/topic-file.ts';
import { paperEntrySchema } from './schemas/paper.ts';
import { topicSchema } from './schemas/topic.ts';
import type { Topic } from './knowledge/topics.ts';
import { contentLoader } from './site/content-loader.ts';
import { offerTopicsForScoring } from './site/prescore-topics.ts';
import { paperLoader } from './site/paper-loader.ts';

/**
 * One MDX file per paper; the file name is the slug. Its own loader reads
 * each file with src/format/ (as ingest and `npm run check` do), renders the
 * abstract as data, and leaves only pages with notes to MDX.
 */
const papers = defineCollection({
  loader: paperLoader({ base: 'content/papers' }),
  schema: paperEntrySchema,
});

/** One Markdown file per topic; the file name is the topic id. Read by src/format/ like the papers. */
const topics = defineCollection({
  loader: contentLoader({
    pattern: '*.md',
    base: './content/topics',
    read: (text, file) => {
      const { id: _id, ...data } = parseTopicFile(text, file).topic;
      return data;
    },
    // Topic scoring starts in a thread as soon as the papers are in too (src/site/prescore-topics.ts), with the
    // topics as the atlas reads them: Astro writes (and getCollection returns) a collection sorted by id this way.
    synced: (entries) =>
      offerTopicsForScoring([...entries].sort((a, b) => a.id.localeCompare(b.id)).map((entry) => ({ ...entry.data, id: entry.id }) as Topic)),
  }),
  schema: topicSchema,
});

export const collections = { papers, topics };
