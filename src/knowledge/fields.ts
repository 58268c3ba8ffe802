import type { FieldRule } from '../schemas/topic.ts';
import type { PaperSlug } from '../util/ids.ts';
import type { Paper } from './paper.ts';
import { findMatches, phrasePattern } from './phrase-pattern.ts';
import { indexText } from './tokens.ts';
import { ABSTRACT_REPEATS } from './topics.ts';

/** The group of papers no field claims. */
export const OTHER_FIELD = 'Other fields';

/** Points for each of a field's topics the paper is on, each phrase in its title, each occurrence in its abstract. */
const POINTS = { topic: 3, title: 2, abstract: 1 };

/** A topic's papers grouped by field, in the order the topic lists its fields. */
export interface FieldGroup {
  name: string;
  /** Fragment id on the topic page: `field-images-and-video`. */
  id: string;
  papers: PaperSlug[];
}

/** `field-speech-and-audio`: a heading's fragment id from its name. */
export function fieldId(name: string): string {
  return `field-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/**
 * Group papers by field, as a topic's `fields` describe them: each paper goes
 * to the field with the most points from its other topics and its words,
 * ties to the field listed first, no points to OTHER_FIELD. Papers keep
 * their order within a field. Cost: papers × field phrases.
 *
 * @param topicsOf a paper's topic ids (its memberships).
 */
export function groupByField(papers: readonly Paper[], fields: readonly FieldRule[], topicsOf: (slug: PaperSlug) => readonly string[]): FieldGroup[] {
  const compiled = fields.map((field) => ({ field, topics: new Set(field.topics), phrases: field.phrases.map(phrasePattern) }));
  const groups = [...fields.map((field) => field.name), OTHER_FIELD].map((name): FieldGroup => ({ name, id: fieldId(name), papers: [] }));
  for (const paper of papers) {
    const title = indexText(paper.title);
    const abstract = indexText(paper.abstract);
    const topics = topicsOf(paper.slug);
    let best = fields.length;
    let most = 0;
    compiled.forEach(({ topics: own, phrases }, index) => {
      let points = POINTS.topic * topics.filter((topic) => own.has(topic)).length;
      for (const pattern of phrases) {
        if (findMatches(pattern, title).length > 0) points += POINTS.title;
        points += POINTS.abstract * Math.min(ABSTRACT_REPEATS, findMatches(pattern, abstract).length);
      }
      if (points > most) [best, most] = [index, points];
    });
    groups[best]!.papers.push(paper.slug);
  }
  return groups.filter((group) => group.papers.length > 0);
}
