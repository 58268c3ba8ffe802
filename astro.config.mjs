// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { basePath } from './src/site/base-path.ts';
import { offlineSearch } from './src/integrations/offline-search.ts';
import { readMentionNames } from './src/render/read-mention-names.ts';
import { rehypeExternalLinks } from './src/render/rehype-external-links.ts';
import { rehypeMentions } from './src/render/rehype-mentions.ts';
import { rehypeTableScroll } from './src/render/rehype-table-scroll.ts';
import { remarkBaseLinks } from './src/render/remark-base-links.ts';
import { remarkKeyNumberMarks } from './src/render/remark-key-number-marks.ts';
import { remarkPaperNotes } from './src/render/remark-paper-notes.ts';
import { remarkTables } from './src/render/remark-tables.ts';

/**
 * Render processor: unified (micromark + remark-mdx), not Astro 7's default
 * Sätteri. Ingest serializes pages with mdast-util-to-markdown and its MDX
 * extension, whose escaping is written against micromark's grammar, so the
 * same grammar reads the pages back. GFM is off because its autolink-literal
 * step (like Sätteri) turns `www.` and `https://` text into links even when
 * escaped; links in abstracts are explicit link nodes instead (remarkTables
 * turns on GFM's tables alone). Smart punctuation is off: abstracts are shown
 * as written. MDX bodies (papers) and Markdown bodies (topics) go through the
 * same plugins, one transform each, in order; src/render/ holds them all.
 */
const base = basePath(process.env.BASE_PATH);
const site = process.env.SITE_URL || 'http://localhost:4321';
const papers = fileURLToPath(new URL('./content/papers/', import.meta.url));
const processor = unified({
  gfm: false,
  smartypants: false,
  remarkPlugins: [
    remarkTables, // GFM table syntax, and no other GFM
    remarkKeyNumberMarks, // marks the sentences the "Key numbers" list links to; before remarkPaperNotes moves the notes, so it reads the abstract as the atlas does
    remarkPaperNotes, // a paper's contributor notes, set apart from its abstract
    [remarkBaseLinks, { base }], // site paths written in Markdown get BASE_PATH, as href() does elsewhere
  ],
  // The HTML transforms of the render path, one small rehype plugin each: add yours here.
  rehypePlugins: [
    [rehypeMentions, { names: await readMentionNames(papers), papers, base }], // an abstract links the atlas papers it names
    [rehypeExternalLinks, { site }], // links that leave the site get rel="noopener"
    rehypeTableScroll, // tables scroll sideways in a focusable, labelled region
  ],
});


export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Inline all CSS: a first visit is then one request that fits in 14 KiB
  // compressed, with no render-blocking stylesheet round trip.
  build: { inlineStylesheets: 'always' },
  markdown: { processor },
  // offlineSearch runs Pagefind and writes the service worker after the build.
  integrations: [mdx(), offlineSearch()],
  vite: {
    // SearchForm.astro imports the search scripts with `?worker&url`: Vite bundles each as a file of
    // its own and gives its URL, which the form's inline loader import()s on first focus. Vite's
    // default worker format is a classic script; 'es' makes each bundle an ES module import() can load.
    worker: { format: 'es' },
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
