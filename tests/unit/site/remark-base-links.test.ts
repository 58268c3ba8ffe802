import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from '../../../src/render/remark-base-links.ts';

/** Every link and image address after the plugin ran with `base`. */
function urls(markdown: string, base: string): string[] {
  const tree: Root = fromMarkdown(markdown);
  remarkBaseLinks({ base })(tree);
  const found: string[] = [];
  const walk = (node: Root | Root['children'][number]): void => {
    if ('url' in node) found.push(node.url);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

describe('remarkBaseLinks', () => {
  it.each([
    ['a site path gets the base', '[a](/papers/x/)', '/atlas', ['/atlas/papers/x/']],
    ['a trailing slash on the base is not doubled', '[a](/papers/x/#top)', '/atlas/', ['/atlas/papers/x/#top']],
    ['images and definitions too', '![i](/i.png) [d]\n\n[d]: /topics/', '/atlas', ['/atlas/i.png', '/atlas/topics/']],
    ['at the root nothing changes', '[a](/papers/x/)', '/', ['/papers/x/']],
    ['external, protocol-relative and relative links stay', '[a](https://x.org/) [b](//cdn.x/y) [c](../y/) [d](#h)', '/atlas', ['https://x.org/', '//cdn.x/y', '../y/', '#h']],
  ])('%s', (_, markdown, base, expected) => {
    expect(urls(markdown, base)).toEqual(expected);
  });
});
