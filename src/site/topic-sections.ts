import type { FieldGroup } from '../knowledge/fields.ts';
import type { Membership } from '../knowledge/topics.ts';
import type { AtlasTopic } from './atlas-topics.ts';

/** Papers per page of a topic: with gists, evidence or the lean table, 25 keep a first visit under 14 KiB at any size. */
export const TOPIC_PAGE_SIZE = 25;

/** A topic's papers in page order: by field when the topic has fields (so each field is together), else best match first. */
export function pageOrder(topic: AtlasTopic): Membership[] {
  if (!topic.fields) return [...topic.members];
  const bySlug = new Map(topic.members.map((member) => [member.paper, member]));
  return topic.fields.flatMap((group) => group.papers.map((slug) => bySlug.get(slug)!));
}

/** One field's papers on one page: `continued` when the field began on an earlier page. */
export interface PageGroup {
  field: FieldGroup | undefined;
  continued: boolean;
  members: Membership[];
  /** Number of its first paper in the topic's list, from 1. */
  start: number;
}

/**
 * A page's papers split into runs of one field each (one run, with no field,
 * for topics without fields). `first` is the page's first paper's index in
 * the topic's page order, from 0.
 */
export function pageGroups(topic: AtlasTopic, members: readonly Membership[], first: number): PageGroup[] {
  if (!topic.fields) return [{ field: undefined, continued: false, members: [...members], start: first + 1 }];
  const fieldOf = new Map(topic.fields.flatMap((group) => group.papers.map((slug) => [slug, group] as const)));
  const starts = new Map(fieldStarts(topic).map(({ field, index }) => [field, index]));
  const groups: PageGroup[] = [];
  members.forEach((member, index) => {
    const field = fieldOf.get(member.paper)!;
    const last = groups.at(-1);
    if (last?.field === field) last.members.push(member);
    else groups.push({ field, continued: starts.get(field)! < first + index, members: [member], start: first + index + 1 });
  });
  return groups;
}

/** Each field with the index of its first paper in page order, from 0. */
function fieldStarts(topic: AtlasTopic): { field: FieldGroup; index: number }[] {
  let index = 0;
  return (topic.fields ?? []).map((field) => {
    const start = index;
    index += field.papers.length;
    return { field, index: start };
  });
}

/** Where each field starts: its page number, from 1, for the contents list. */
export function fieldPages(topic: AtlasTopic): { field: FieldGroup; page: number }[] {
  return fieldStarts(topic).map(({ field, index }) => ({ field, page: Math.floor(index / TOPIC_PAGE_SIZE) + 1 }));
}
