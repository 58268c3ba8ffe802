/**
 * The one way to build an internal link. Astro's `base` (from BASE_PATH) is
 * prefixed here and nowhere else, so the site works under a sub-path such as
 * a project site on a static host.
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** `href('/papers/x/')` → `/atlas/papers/x/` when BASE_PATH is `/atlas/`. */
export function href(path: string): string {
  if (!path.startsWith('/')) throw new Error(`href() takes a site path starting with "/", got "${path}"`);
  return `${base}${path}`;
}

/**
 * A full address for readers outside the site (`/papers.json`, feeds, canonical
 * links): Astro's `site` (from SITE_URL) plus `href(path)`.
 */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

export const paperPath = (slug: string): string => `/papers/${slug}/`;
export const topicPath = (id: string): string => `/topics/${id}/`;
