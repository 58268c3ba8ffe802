import type { Nodes, Root } from 'mdast';

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
  const rebase = (node: Nodes): void => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && /^\/(?!\/)/.test(node.url)) {
      node.url = prefix + node.url;
    }
    if ('children' in node) node.children.forEach(rebase);
  };
  return (tree: Root): void => {
    if (prefix) rebase(tree);
  };
}
