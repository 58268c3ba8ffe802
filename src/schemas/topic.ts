import { z } from 'astro/zod';

/**
 * A phrase the rules look for. Words are separated by spaces or hyphens; a
 * word may end in `*` to accept any ending (`accelerat*`). How a phrase
 * matches (case, plurals, hyphenation) is explained in src/knowledge/phrase-pattern.ts.
 */
export const phraseSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}]+\*?(?:[ -][\p{L}\p{N}]+\*?)*$/u, {
    message: 'must be words of letters and digits separated by single spaces or hyphens, each optionally ending in *',
  });

/** Points per phrase: `speculative decoding: 5`. Negative points count against the topic. */
const phraseWeightsSchema = z.record(
  phraseSchema,
  z.number().refine((value) => value !== 0, { message: 'must not be 0 (leave the phrase out instead)' }),
);

/** How the rules decide that a paper belongs to a topic. */
export const topicRulesSchema = z.strictObject({
  /** Points a paper needs, summed over `title` and `abstract`, to join the topic. */
  threshold: z.number().positive(),
  /** Points for each phrase found in the title (once, however often it occurs). */
  title: phraseWeightsSchema.default({}),
  /**
   * Points for each phrase found in the abstract, counted once per
   * occurrence up to three times: a phrase the abstract keeps returning to
   * is what the paper is about; one said in passing is not.
   */
  abstract: phraseWeightsSchema.default({}),
  /**
   * Comparison topics (with `lean`): points for each sentence that claims one
   * side ahead of the other ("AR models surpass diffusion transformers"), up
   * to three; the title counts, the abstract's opening sentence does not.
   */
  contrast: z.number().positive().optional(),
  /** When given, at least one of these phrases must appear in the title or abstract. */
  must: z.array(phraseSchema).default([]),
  /** A paper with any of these phrases in its title or abstract is never matched by the rules. */
  mustNot: z.array(phraseSchema).default([]),
});

/** One side of a comparison topic: `diffusion` and the phrases that name it. */
const leanSideSchema = z.strictObject({
  /** Short lowercase name used in the lean label: "diffusion ahead". */
  name: z.string().trim().regex(/^[a-z][a-z -]*$/, { message: 'must be lowercase words' }),
  /** Phrases that mention this side in a sentence. */
  phrases: z.array(phraseSchema).min(1),
});

/**
 * Comparison topics only: rules that read each sentence naming a side and
 * decide which way the paper leans, keeping the sentence as evidence.
 */
export const leanRulesSchema = z.strictObject({
  /** Exactly two sides, such as diffusion and autoregressive. */
  sides: z.tuple([leanSideSchema, leanSideSchema]),
  /** Verbs of winning: the side named before them is ahead ("outperforms", "beats"). */
  ahead: z.array(phraseSchema).min(1),
  /** Verbs of losing: the side named before them is behind ("lags behind", "underperforms"). */
  behind: z.array(phraseSchema).min(1),
  /** In a sentence naming both sides, these mean the paper combines or connects them ("integrates", "unify"). */
  hybrid: z.array(phraseSchema).min(1),
  /** In a sentence naming both sides, these mean an even-handed comparison ("differences and similarities"). */
  neutral: z.array(phraseSchema).min(1),
});

/**
 * One field a topic's papers are grouped by on its page ("Images and video",
 * "Speech and audio"): a paper goes to the field it scores most points for,
 * from its other topics and its words (src/knowledge/fields.ts).
 */
const fieldSchema = z.strictObject({
  /** Heading of the group on the topic page. */
  name: z.string().trim().min(1).max(40),
  /** A paper on any of these topics counts towards this field (3 points each). */
  topics: z.array(z.string().trim().min(1)).default([]),
  /** Phrases that count towards this field: 2 points in the title, 1 per occurrence in the abstract (up to 3). */
  phrases: z.array(phraseSchema).default([]),
});

/**
 * Frontmatter of `content/topics/<id>.md`. The file name is the topic id;
 * the Markdown body is the prose contributors extend. Membership is derived
 * from these rules at build time (src/knowledge/topics.ts), never stored.
 */
export const topicSchema = z
  .strictObject({
    /** Page heading and link text. */
    title: z.string().trim().min(1),
    /** Short label for the chart and tight lists; defaults to the title. */
    label: z.string().trim().min(1).max(28).optional(),
    /** One plain-text paragraph: what the field is and the context a newcomer needs. */
    summary: z.string().trim().min(1),
    /** How papers are matched. Every topic has rules except the catch-all. */
    rules: topicRulesSchema.optional(),
    /** True on the single topic that holds the papers no other topic holds; it has no rules. */
    catchAll: z.boolean().default(false),
    /** Comparison topics: how to tell which side each paper favors. */
    lean: leanRulesSchema.optional(),
    /**
     * Optional: group the topic's papers by field on its page, in this order;
     * papers no field claims come last, under "Other fields".
     */
    fields: z.array(fieldSchema).min(2).optional(),
  })
  .superRefine((topic, context) => {
    if (topic.catchAll && topic.rules) {
      context.addIssue({ code: 'custom', path: ['rules'], message: 'must be left out on a catch-all topic (catchAll: true)' });
    }
    if (topic.rules?.contrast !== undefined && !topic.lean) {
      context.addIssue({ code: 'custom', path: ['rules', 'contrast'], message: 'needs a `lean` section that names the two sides' });
    }
    if (!topic.catchAll && !topic.rules) {
      context.addIssue({ code: 'custom', path: ['rules'], message: 'is required (or set catchAll: true for the topic of leftovers)' });
    }
  });

export type TopicData = z.infer<typeof topicSchema>;
export type TopicRules = z.infer<typeof topicRulesSchema>;
export type LeanRules = z.infer<typeof leanRulesSchema>;
export type FieldRule = z.infer<typeof fieldSchema>;
