import { z } from 'astro/zod';

/**
 * A search term: words of letters and digits separated by single spaces or
 * hyphens, as a reader would type them. Unlike a topic rule's phrase there is
 * no `*`: the terms are added to the search index as written.
 */
const termSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u, { message: 'must be words of letters and digits separated by single spaces or hyphens' });

/**
 * `content/search/synonyms.yaml`: terms a reader may search for that papers
 * write differently. A page containing any term of a group is found by all
 * of them (src/knowledge/search-terms.ts decides which pages contain which).
 */
export const synonymsSchema = z
  .strictObject({
    /** Each group: two or more terms for one thing, such as `[TTS, text-to-speech, speech synthesis]`. */
    groups: z.array(z.array(termSchema).min(2)).min(1),
  })
  .superRefine(({ groups }, context) => {
    // A term in two groups would silently merge them; say where it is instead.
    const seen = new Map<string, number>();
    groups.forEach((terms, group) =>
      terms.forEach((term, index) => {
        const key = term.toLowerCase();
        const first = seen.get(key);
        if (first === undefined) seen.set(key, group);
        else context.addIssue({ code: 'custom', path: ['groups', group, index], message: `repeats "${term}", already in groups[${first}]; keep each term in one group` });
      }),
    );
  });

export type Synonyms = z.infer<typeof synonymsSchema>;
