import { z } from 'astro/zod';

/** A topic id as the corpus labels it, with a one-line reason. */
const reasons = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a topic id' }), z.string().trim().min(1));

/**
 * One labelled paper of `content/topic-corpus/<part>.yaml` (the format is
 * described in that folder's README): a real paper outside the seed, its
 * abstract in the labeller's words, and the topics it belongs to, each with
 * a reason.
 */
const entrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case: lowercase words joined by hyphens' }),
    title: z.string().trim().min(1),
    year: z.number().int().min(2016).max(2025),
    abstract: z.string().trim().min(400).max(1200),
    /** The topics it belongs to; `{}` for none. */
    topics: reasons,
    /** Topics it resembles but is not in. */
    notTopics: reasons.optional(),
    /** Topic ids whose call could reasonably go the other way. */
    borderline: z.array(z.string()).default([]),
    /** Only for diffusion-vs-ar members. */
    lean: z.enum(['diffusion-ahead', 'autoregressive-ahead', 'hybrid', 'neutral']).optional(),
  })
  .superRefine((entry, context) => {
    if (('diffusion-vs-ar' in entry.topics) !== (entry.lean !== undefined)) {
      context.addIssue({ code: 'custom', path: ['lean'], message: 'is given exactly when diffusion-vs-ar is among the topics' });
    }
  });

export const topicCorpusSchema = z.array(entrySchema);

export type CorpusEntry = z.infer<typeof entrySchema>;
