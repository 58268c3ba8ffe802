import { createProcessor } from '@mdx-js/mdx';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { NOTES_MARKER } from '../../../src/format/paper-file.ts';
import { rehypeMentions } from '../../../src/render/rehype-mentions.ts';
import { remarkPaperNotes } from '../../../src/render/remark-paper-notes.ts';
import type { PaperSlug } from '../../../src/util/ids.ts';

const names = new Map([
  ['FastSpeech', 'fastspeech'],
  ['FastSpeech 2', 'fastspeech-2'],
  ['S2D', 's2d'],
]) as Map<string, PaperSlug>;

/** Compile MDX as the site does (remark-paper-notes, then the plugin) and list the links the plugin made: [text, href]. */
async function mentionLinks(mdx: string, path = '/site/content/papers/fastspeech-2.mdx', base = '/'): Promise<string[][]> {
  let tree: Root | undefined;
  const processor = createProcessor({
    remarkPlugins: [remarkPaperNotes],
    rehypePlugins: [[rehypeMentions, { names, papers: '/site/content/papers', base }], () => (hast: Root) => void (tree = structuredClone(hast))],
  });
  await processor.process(new VFile({ path, value: mdx }));
  const links: string[][] = [];
  visit(tree!, 'element', (node: Element) => {
    if (node.tagName === 'a' && (node.properties.className as string[] | undefined)?.includes('mention')) {
      links.push([(node.children[0] as { value: string }).value, String(node.properties.href)]);
    }
  });
  return links;
}

describe('rehypeMentions', () => {
  it('links the first mention of each other paper in the abstract', async () => {
    expect(await mentionLinks('FastSpeech 2 improves FastSpeech; FastSpeech 2 and FastSpeech and S2D.\n\nAgain S2D.\n')).toEqual([
      ['FastSpeech', '/papers/fastspeech/'],
      ['S2D', '/papers/s2d/'],
    ]);
  });

  it('puts the base in front of the link', async () => {
    expect(await mentionLinks('Over FastSpeech.\n', undefined, '/atlas/')).toEqual([['FastSpeech', '/atlas/papers/fastspeech/']]);
  });

  it('leaves links, code and the contributor notes alone', async () => {
    const mdx = `See [FastSpeech](https://example.org/) and \`FastSpeech\`.\n\n${NOTES_MARKER}\n\nA note on FastSpeech and S2D.\n`;
    expect(await mentionLinks(mdx)).toEqual([]);
  });

  it('links nothing in files outside the papers folder, such as topics', async () => {
    expect(await mentionLinks('Over FastSpeech.\n', '/site/content/topics/speech-tts.mdx')).toEqual([]);
  });
});
