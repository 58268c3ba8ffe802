import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperSchema } from './schemas/paper.ts';
import { topicSchema } from './schemas/topic.ts';
import { collectionSchema } from './schemas/validate.ts';

/** One MDX file per paper; the file name is the slug. */
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/papers' }),
  schema: paperSchema,
});

/**
 * One Markdown file per topic; the file name is the topic id. Validated
 * through collectionSchema so a broken rule fails the build with the same
 * sentences the ingest CLI prints.
 */
const topics = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/topics' }),
  schema: collectionSchema(topicSchema),
});

export const collections = { papers, topics };
