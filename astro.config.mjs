// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { basePath } from './src/site/base-path.ts';
import { offlineSearch } from './src/integrations/offline-search.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { remarkBaseLinks } from './src/render/remark-base-links.ts';
import { remarkKeyNumberMarks } from './src/render/remark-key-number-marks.ts';
import { remarkPaperNotes } from './src/render/remark-paper-notes.ts';
import { readMentionNames } from './src/render/read-mention-names.ts';
import { rehypeMentions } from './src/render/rehype-mentions.ts';

/**
 * Render processor: unified (micromark + remark-mdx), not Astro 7's default
 * Sätteri. Ingest serializes pages with mdast-util-to-markdown and its MDX
 * extension, whose escaping is written against micromark's grammar, so the
 * same grammar reads the pages back. GFM is off because its autolink-literal
 * step (like Sätteri) turns `www.` and `https://` text into links even when
 * escaped; links in abstracts are explicit link nodes instead. Smart
 * punctuation is off: abstracts are shown as written. remarkKeyNumberMarks
 * marks the sentences the "Key numbers" list links to (before remarkPaperNotes
 * moves the notes, so it reads the abstract as the atlas does). remarkPaperNotes sets a
 * paper's contributor notes apart from its abstract; remarkBaseLinks puts the
 * base in front of site paths written in Markdown, as href() does elsewhere;
 * rehypeMentions links the atlas papers an abstract names.
 */
const base = basePath(process.env.BASE_PATH);
/** Where absolute URLs point when SITE_URL is unset (the preview server); the build warns about it. */
const localSite = 'http://localhost:4321';
const papers = fileURLToPath(new URL('./content/papers/', import.meta.url));
const processor = unified({
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkKeyNumberMarks, remarkPaperNotes, [remarkBaseLinks, { base }]],
  rehypePlugins: [[rehypeMentions, { names: await readMentionNames(papers), papers, base }]],
});


export default defineConfig({
  site: process.env.SITE_URL || localSite,
  base,
  trailingSlash: 'always',
  // Inline all CSS: a first visit is then one request that fits in 14 KiB
  // compressed, with no render-blocking stylesheet round trip.
  build: { inlineStylesheets: 'always' },
  markdown: { processor },
  // offlineSearch runs Pagefind and writes the service worker after the build.
  integrations: [mdx(), offlineSearch(), siteUrlWarning(process.env.SITE_URL, localSite)],
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
