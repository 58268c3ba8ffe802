import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperEntrySchema } from './schemas/paper.ts';
import { paperLoader } from './site/paper-loader.ts';
import { topicSchema } from './schemas/topic.ts';
import { collectionSchema } from './schemas/validate.ts';

/**
 * One MDX file per paper; the file name is the slug. Its own loader renders
 * the abstract as data and leaves only pages with notes to MDX.
 */
const papers = defineCollection({
  loader: paperLoader({ base: 'content/papers' }),
  schema: paperEntrySchema,
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
