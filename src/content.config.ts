import { defineCollection } from 'astro:content';
import { readPaperFrontmatter } from './format/paper-file.ts';
import { parseTopicFile } from './format/topic-file.ts';
import { paperSchema } from './schemas/paper.ts';
import { topicSchema } from './schemas/topic.ts';
import { contentLoader } from './site/content-loader.ts';

/**
 * One MDX file per paper; the file name is the slug. The data is read and
 * validated by src/format/, as ingest and `npm run check` read it; the
 * schema here gives the entries their types.
 */
const papers = defineCollection({
  loader: contentLoader({ pattern: '*.mdx', base: './content/papers', read: readPaperFrontmatter }),
  schema: paperSchema,
});

/** One Markdown file per topic; the file name is the topic id. Read like the papers. */
const topics = defineCollection({
  loader: contentLoader({
    pattern: '*.md',
    base: './content/topics',
    read: (text, file) => {
      const { id: _id, ...data } = parseTopicFile(text, file).topic;
      return data;
    },
  }),
  schema: topicSchema,
});

export const collections = { papers, topics };
