import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Processor } from 'unified';

declare module 'unified' {
  interface Data {
    /** Read by remark-parse: micromark syntax extensions. */
    micromarkExtensions?: ReturnType<typeof mdxjs>[];
    /** Read by remark-parse: mdast-util-from-markdown extensions. */
    fromMarkdownExtensions?: (FromMarkdownExtension | FromMarkdownExtension[])[];
  }
}

/**
 * Remark plugin: parse with the MDX grammar (micromark's mdxjs extension) as
 * @mdx-js/mdx does, so no raw HTML, no indented code, and `{` and `<` start
 * expressions and JSX. This is the parsing half of remark-mdx, built from
 * packages the project already depends on. The paper renderer uses it so an
 * abstract reads as the same characters whether it is rendered as data or
 * compiled as MDX.
 */
export function remarkMdxGrammar(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(mdxjs());
  (data.fromMarkdownExtensions ??= []).push(mdxFromMarkdown());
}
