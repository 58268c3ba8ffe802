import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeExternalLinks}. */
export interface ExternalLinksOptions {
  /** Astro's `site` (SITE_URL): an absolute link to it is internal. */
  site: string;
}

/**
 * Render-time rehype plugin: a link that leaves the site (an `http(s)://`
 * address, or a protocol-relative `//host` one, which remarkBaseLinks leaves
 * alone too, on another host than the site's) gets `rel="noopener"`, added
 * to any `rel` it has, so the page it opens cannot reach back into this one.
 * Links stay in the same tab, as every other link of the site does.
 */
export function rehypeExternalLinks({ site }: ExternalLinksOptions) {
  const host = new URL(site).host;
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !/^(https?:)?\/\//i.test(href)) return;
      if (URL.canParse(href, 'https://site.invalid') && new URL(href, 'https://site.invalid').host === host) return;
      const rel = node.properties.rel;
      const tokens = (Array.isArray(rel) ? rel.map(String) : String(rel ?? '').split(/\s+/)).filter(Boolean);
      node.properties.rel = tokens.includes('noopener') ? tokens : [...tokens, 'noopener'];
    });
  };
}
