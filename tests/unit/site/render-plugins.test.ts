import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from '../../../src/render/rehype-external-links.ts';
import { rehypeTableScroll } from '../../../src/render/rehype-table-scroll.ts';
import { remarkTables } from '../../../src/render/remark-tables.ts';

/** Markdown through Astro's own unified processor, set up as astro.config.mjs sets it (GFM and smart punctuation off). */
async function html(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({
    gfm: false,
    smartypants: false,
    syntaxHighlight: false,
    remarkPlugins: [remarkTables],
    rehypePlugins: [[rehypeExternalLinks, { site: 'https://atlas.example.org' }], rehypeTableScroll],
  });
  return (await processor.render(markdown)).code;
}

describe('rehypeExternalLinks', () => {
  it.each([
    ['an https link', '[code](https://github.com/a/b)', '<a href="https://github.com/a/b" rel="noopener">code</a>'],
    ['an http link', '[page](http://example.org/x)', '<a href="http://example.org/x" rel="noopener">page</a>'],
    ['a protocol-relative link', '[cdn](//cdn.example.org/y)', '<a href="//cdn.example.org/y" rel="noopener">cdn</a>'],
    ['a site path: internal', '[LANTERN](/papers/lantern/)', '<a href="/papers/lantern/">LANTERN</a>'],
    ['a relative link: internal', '[up](../x/)', '<a href="../x/">up</a>'],
    ['the site itself, absolute: internal', '[home](https://atlas.example.org/papers/)', '<a href="https://atlas.example.org/papers/">home</a>'],
    ['an e-mail address: not a page', '[mail](mailto:a@b.org)', '<a href="mailto:a@b.org">mail</a>'],
  ])('%s', async (_case, markdown, link) => {
    expect(await html(markdown)).toContain(link);
  });

  it('adds noopener to a rel an earlier plugin gave the link', () => {
    const link: Element = { type: 'element', tagName: 'a', properties: { href: 'https://x.org/', rel: ['me'] }, children: [] };
    rehypeExternalLinks({ site: 'https://atlas.example.org' })({ type: 'root', children: [link] });
    expect(link.properties.rel).toEqual(['me', 'noopener']);
  });
});

describe('rehypeTableScroll, with remarkTables', () => {
  it('makes a Markdown table a table, inside a focusable region named by its headings', async () => {
    expect(await html('| Model | FID |\n| --- | --- |\n| LANTERN | 2.1 |\n')).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Model, FID"><table>\n<thead>\n<tr>\n<th>Model</th>\n<th>FID</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>LANTERN</td>\n<td>2.1</td>\n</tr>\n</tbody>\n</table></div>',
    );
  });

  it('calls a table without headings "Table"', async () => {
    expect(await html('|  |\n| - |\n| 1 |\n')).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Table"><table>');
  });

  it('wraps every table once, and nothing else', async () => {
    const code = await html('| a |\n| - |\n| 1 |\n\nText | with a pipe.\n\n| b |\n| - |\n| 2 |\n');
    expect(code.match(/class="table-scroll"/g)).toHaveLength(2);
    expect(code).toContain('<p>Text | with a pipe.</p>');
  });

  it('leaves www. and https:// text as text: of GFM only the tables are on', async () => {
    expect(await html('See www.example.org or https://example.org.')).toBe('<p>See www.example.org or https://example.org.</p>');
  });
});
