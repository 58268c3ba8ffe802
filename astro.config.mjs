// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { basePath } from './src/site/base-path.ts';
import { offlineSearch } from './src/integrations/offline-search.ts';
import { remarkBaseLinks } from './src/render/remark-base-links.ts';
import { remarkPaperNotes } from './src/render/remark-paper-notes.ts';

/**
 * Render processor: unified (micromark + remark-mdx), not Astro 7's default
 * Sätteri. Ingest serializes pages with mdast-util-to-markdown and its MDX
 * extension, whose escaping is written against micromark's grammar, so the
 * same grammar reads the pages back. GFM is off because its autolink-literal
 * step (like Sätteri) turns `www.` and `https://` text into links even when
 * escaped; links in abstracts are explicit link nodes instead. Smart
 * punctuation is off: abstracts are shown as written. remarkPaperNotes sets a
 * paper's contributor notes apart from its abstract; remarkBaseLinks puts the
 * base in front of site paths written in Markdown, as href() does elsewhere.
 *
 * Register every remark and rehype plugin in this one call, as functions or
 * [plugin, options]: paper abstracts rendered as data use these same lists
 * (src/render/render-abstract.ts reads them from markdown.processor).
 */
const base = basePath(process.env.BASE_PATH);
const processor = unified({
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkPaperNotes, [remarkBaseLinks, { base }]],
});


export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Inline all CSS: a first visit is then one request that fits in 14 KiB
  // compressed, with no render-blocking stylesheet round trip.
  build: { inlineStylesheets: 'always' },
  markdown: { processor },
  // offlineSearch runs Pagefind and writes the service worker after the build.
  integrations: [mdx(), offlineSearch()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro 7.3 makes every MDX module trip MODULE_LEVEL_DIRECTIVE (an open
        // Astro bug, harmless); 69 copies of it would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
