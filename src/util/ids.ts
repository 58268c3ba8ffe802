/**
 * Branded identifiers. A `PaperSlug` or `TopicId` is a plain string at run
 * time; the brand makes the type checker refuse a raw string where an id is
 * expected, so every id passes through one guard first.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A paper's URL segment and file name: `content/papers/<slug>.mdx`. */
export type PaperSlug = Brand<string, 'PaperSlug'>;
/** A topic's URL segment and file name: `content/topics/<id>.md`. */
export type TopicId = Brand<string, 'TopicId'>;

/** Lowercase ASCII words joined by single hyphens: `controlar-controllable-image`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Addresses under /papers/ taken by views of the paper index (/papers/by-title/): no paper slug or alias may be one. */
export const PAPER_INDEX_VIEWS: ReadonlySet<string> = new Set(['by-title']);

export function isPaperSlug(value: string): value is PaperSlug {
  return SLUG.test(value) && value.length <= 80;
}

export function isTopicId(value: string): value is TopicId {
  return SLUG.test(value) && value.length <= 40;
}
