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

/**
 * Why a phrase that matches at most one known paper (seed and labelled
 * corpus) is still worth keeping: a phrase fitted to one paper describes that
 * paper, not the field, and `npm run check` flags it unless it says why.
 */
const whySchema = z.string().trim().min(1);

const pointsSchema = z.number().refine((value) => value !== 0, { message: 'must not be 0 (leave the phrase out instead)' });

/**
 * Points per phrase: `speculative decoding: 5`, or with a written reason
 * `lag* behind: { points: 3, why: "how abstracts concede the other side leads" }`.
 * Negative points count against the topic.
 */
const phraseWeightsSchema = z.record(phraseSchema, z.union([pointsSchema, z.strictObject({ points: pointsSchema, why: whySchema })]));

/** A phrase in a list (`must`, `mustNot`, the lean rules), or `{ phrase, why }` with a written reason. */
const listedPhraseSchema = z.union([phraseSchema, z.strictObject({ phrase: phraseSchema, why: whySchema })]);

export type PhraseWeight = z.infer<typeof phraseWeightsSchema>[string];
export type ListedPhrase = z.infer<typeof listedPhraseSchema>;

/** The points of a weighted phrase, with or without its reason. */
export function pointsOf(weight: PhraseWeight): number {
  return typeof weight === 'number' ? weight : weight.points;
}

/** The phrase of a list item, with or without its reason. */
export function phraseOf(item: ListedPhrase): string {
  return typeof item === 'string' ? item : item.phrase;
}

/** The written reason of a weighted or listed phrase, if it has one. */
export function whyOf(value: PhraseWeight | ListedPhrase): string | undefined {
  return typeof value === 'object' ? value.why : undefined;
}

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
   * Comparison topics (with `lean`): points for each sentence that relates
   * the two sides, as the lean rules read it: one claimed ahead of the other
   * ("AR models surpass diffusion transformers"), or the two combined or
   * compared. The title counts in full; in the abstract the last three such
   * sentences count, from half the points for an opening sentence to one and
   * a half for the closing one (findings come last), and the very first
   * sentence, which sets the context, not at all.
   */
  contrast: z.number().positive().optional(),
  /** When given, at least one of these phrases must appear in the title or abstract. */
  must: z.array(listedPhraseSchema).default([]),
  /**
   * A second requirement, for topics that sit where two things meet (diffusion and autoregression): when
   * given, at least one of these phrases must appear too.
   */
  mustAlso: z.array(listedPhraseSchema).default([]),
  /** A paper with any of these phrases in its title or abstract is never matched by the rules. */
  mustNot: z.array(listedPhraseSchema).default([]),
  /**
   * How far the learned part (src/knowledge/topic-model.ts, trained on the labelled corpus) may overrule the
   * rules: it adds a paper they leave out whose probability of belonging is at least `adds`, and leaves out one
   * they admit whose probability is below `removes` (0 never does). A paper's `topics:` and `excludeTopics:`
   * and a `mustNot` phrase overrule both. Chosen per topic on the corpus's dev part (`npm run eval -- --folds`).
   */
  learned: z
    .strictObject({
      adds: z.number().min(0.5).max(1).default(0.75),
      removes: z.number().min(0).max(0.5).default(0),
    })
    .prefault({}),
});

/** One side of a comparison topic: `diffusion` and the phrases that name it. */
const leanSideSchema = z.strictObject({
  /** Short lowercase name used in the lean label: "diffusion ahead". */
  name: z.string().trim().regex(/^[a-z][a-z -]*$/, { message: 'must be lowercase words' }),
  /** Phrases that mention this side in a sentence. */
  phrases: z.array(listedPhraseSchema).min(1),
  /**
   * Generic names that mean this side unless the other side's phrase comes just before them: a "language
   * model" over speech or image tokens is autoregressive, a "diffusion language model" is not.
   */
  generic: z.array(listedPhraseSchema).default([]),
  /**
   * True when this side often works inside a model of the other (a diffusion head on an autoregressive
   * model): a paper titled for the other side whose abstract keeps naming this one, ranking neither,
   * leans "hybrid".
   */
  inside: z.boolean().default(false),
});

/**
 * Comparison topics only: rules that read each sentence naming a side and
 * decide which way the paper leans, keeping the sentence as evidence.
 */
export const leanRulesSchema = z.strictObject({
  /** Exactly two sides, such as diffusion and autoregressive. */
  sides: z.tuple([leanSideSchema, leanSideSchema]),
  /** Verbs of winning: the side named before them is ahead ("outperforms", "beats"). */
  ahead: z.array(listedPhraseSchema).min(1),
  /** Verbs of losing: the side named before them is behind ("lags behind", "underperforms"). */
  behind: z.array(listedPhraseSchema).min(1),
  /** In a sentence naming both sides, these mean the paper combines or connects them ("integrates", "unify"). */
  hybrid: z.array(listedPhraseSchema).min(1),
  /** In a sentence naming both sides, these mean an even-handed comparison ("differences and similarities"). */
  neutral: z.array(listedPhraseSchema).min(1),
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

/** One phrase written in a topic file, where it is written and where the rules look for it. */
export interface RulePhrase {
  phrase: string;
  /** Its place in the frontmatter: `['rules', 'title', 'speech']`, `['lean', 'ahead', 2]`. */
  path: Array<string | number>;
  /** The text it is looked for in: the title, the abstract, or either (must, mustNot, lean). */
  where: 'title' | 'abstract' | 'anywhere';
  /** Its written reason, when it has one. */
  why?: string;
}

/** Every phrase of a topic's `rules` and `lean`, in the order written. */
export function rulePhrases(topic: TopicData): RulePhrase[] {
  const found: RulePhrase[] = [];
  const withWhy = (entry: RulePhrase, value: PhraseWeight | ListedPhrase): RulePhrase => {
    const why = whyOf(value);
    return why === undefined ? entry : { ...entry, why };
  };
  const { rules, lean } = topic;
  if (rules) {
    for (const where of ['title', 'abstract'] as const) {
      for (const [phrase, weight] of Object.entries(rules[where])) found.push(withWhy({ phrase, path: ['rules', where, phrase], where }, weight));
    }
    for (const field of ['must', 'mustAlso', 'mustNot'] as const) {
      rules[field].forEach((item, index) => found.push(withWhy({ phrase: phraseOf(item), path: ['rules', field, index], where: 'anywhere' }, item)));
    }
  }
  if (lean) {
    lean.sides.forEach((side, sideIndex) => {
      for (const field of ['phrases', 'generic'] as const) {
        side[field].forEach((item, index) => found.push(withWhy({ phrase: phraseOf(item), path: ['lean', 'sides', sideIndex, field, index], where: 'anywhere' }, item)));
      }
    });
    for (const field of ['ahead', 'behind', 'hybrid', 'neutral'] as const) {
      lean[field].forEach((item, index) => found.push(withWhy({ phrase: phraseOf(item), path: ['lean', field, index], where: 'anywhere' }, item)));
    }
  }
  return found;
}
