import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { KeyNumber } from '../knowledge/key-numbers.ts';

/** Renders a paper's abstract, as parsed (src/format/paper-file.ts), to HTML. */
export type AbstractRenderer = (abstract: Root, options: { path: string; frontmatter: Record<string, unknown>; keyNumbers: readonly KeyNumber[] }) => Promise<string>;

/**
 * A renderer for abstracts made of the site's own Markdown processor,
 * `markdown.processor: unified({ remarkPlugins, rehypePlugins, remarkRehype })`
 * in astro.config.mjs: the very plugin lists that MDX pages are compiled
 * with, run on the tree parsePaperTree already made (no second parse).
 * A plugin registered there applies to abstracts rendered as data and to
 * pages compiled as MDX alike; there is no second list to keep in step.
 *
 * What Astro adds around the lists (syntax highlighting, image handling,
 * heading ids, raw HTML) is left out: the loader sends here only abstracts
 * of paragraphs, text and links, where those steps do nothing, and leaves
 * anything else to the MDX compiler. Plugins see a file whose path is the
 * paper's and whose `data.astro.frontmatter` is its frontmatter, as in MDX,
 * and whose `data.keyNumbers` are the key numbers the loader extracted
 * (src/render/remark-key-number-marks.ts uses them rather than extract again).
 */
export function createAbstractRenderer(config: AstroConfig): AbstractRenderer {
  const processor = config.markdown.processor;
  if (!isUnifiedProcessor(processor)) {
    throw new Error('astro.config.mjs: markdown.processor must be unified(...) from @astrojs/markdown-remark; paper abstracts are rendered with its remark and rehype plugins');
  }
  const { remarkPlugins, rehypePlugins, remarkRehype: remarkRehypeOptions } = processor.options;
  const pipeline = unified()
    .use(plugins(remarkPlugins, 'remarkPlugins'))
    .use(remarkRehype, remarkRehypeOptions)
    .use(plugins(rehypePlugins, 'rehypePlugins'))
    .use(rehypeStringify)
    .freeze();
  return async (abstract, { path, frontmatter, keyNumbers }) => {
    // The tree is the loader's own, used once: plugins may change it in place.
    const file = new VFile({ path, data: { astro: { frontmatter }, keyNumbers } });
    return pipeline.stringify(await pipeline.run(abstract, file), file);
  };
}

/** A plugin list as unified takes it; plugins named by a string (which Astro would import) are refused with the fix. */
function plugins(list: readonly unknown[], name: string): PluggableList {
  return list.map((entry) => {
    const plugin = Array.isArray(entry) ? entry[0] : entry;
    if (typeof plugin !== 'function') {
      throw new Error(`astro.config.mjs: ${name} entry ${JSON.stringify(plugin)} is not a function; import the plugin and list the function itself (or [plugin, options])`);
    }
    return entry as PluggableList[number];
  });
}
