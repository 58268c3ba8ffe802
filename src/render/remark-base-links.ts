import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Options for {@link remarkBaseLinks}. */
export interface BaseLinksOptions {
  /** Astro's base, as in astro.config.mjs: `/` or `/atlas/`. */
  base: string;
}

/**
 * Render-time remark plugin: prefix the site's base to root-relative links
 * and images in Markdown and MDX bodies (`[LANTERN](/papers/lantern/)` →
 * `/atlas/papers/lantern/`), the job `href()` does for links in components.
 * Contributors write site paths; the site still works under BASE_PATH.
 * Protocol-relative (`//host`) and relative links are left alone.
 */
export function remarkBaseLinks({ base }: BaseLinksOptions) {
  const prefix = base.replace(/\/+$/, '');
  return (tree: Root): void => {
    if (!prefix) return;
    visit(tree, ['link', 'image', 'definition'] as const, (node) => {
      if (/^\/(?!\/)/.test(node.url)) node.url = prefix + node.url;
    });
  };
}
