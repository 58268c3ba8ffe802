import { isUnifiedProcessor, unified } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { remarkMdxGrammar } from './remark-mdx-grammar.ts';

/** Renders a paper's abstract (its MDX source, Markdown only) to HTML. */
export type AbstractRenderer = (mdx: string) => Promise<string>;

/**
 * A renderer for abstracts built from the site's own Markdown processor,
 * `markdown.processor` in astro.config.mjs: the very remark and rehype
 * plugin lists (and gfm, smartypants) that MDX pages are compiled with,
 * plus the MDX grammar. So a plugin registered there applies to abstracts
 * rendered as data and to pages compiled as MDX alike; there is no second
 * list to keep in step.
 */
export async function createAbstractRenderer(config: AstroConfig): Promise<AbstractRenderer> {
  const { markdown, image } = config;
  const processor = markdown.processor;
  if (!isUnifiedProcessor(processor)) {
    throw new Error('astro.config.mjs: markdown.processor must be unified(...) from @astrojs/markdown-remark; paper abstracts are rendered with its remark and rehype plugins');
  }
  const { options } = processor;
  const renderer = await unified({ ...options, remarkPlugins: [remarkMdxGrammar, ...options.remarkPlugins] }).createRenderer({
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
  });
  return async (mdx) => (await renderer.render(mdx)).code;
}
