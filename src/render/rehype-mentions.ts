import { basename, dirname, resolve } from 'node:path';
import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createMentionFinder } from '../knowledge/mentions.ts';
import type { PaperSlug } from '../util/ids.ts';
import { publishedMentionNames } from './mention-names.ts';

/** Options for {@link rehypeMentions}. */
export interface MentionsOptions {
  /**
   * Short name → paper, from `mentionNames` over every paper. Default: the
   * names the papers' loader published for this build (./mention-names.ts),
   * read when the plugin runs.
   */
  names?: ReadonlyMap<string, PaperSlug>;
  /** The folder of paper files (`content/papers`); files elsewhere, such as topics, are left alone. */
  papers: string;
  /** Astro's base, as in astro.config.mjs: `/` or `/atlas/`. */
  base: string;
}

/** Elements whose text is not prose to link: links themselves, code, and MDX components (the contributor notes among them). */
const SKIPPED = new Set(['a', 'code', 'pre', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * Render-time rehype plugin: in a paper's abstract, link the first mention
 * of each other paper of the atlas, by its short name, to that paper's page
 * (`FastSpeech` → `/papers/fastspeech-.../`). The names and the rules (the
 * longest name wins, no ambiguous or ordinary names, never the paper
 * itself) are those of src/knowledge/mentions.ts, the same the atlas uses
 * for "Mentioned by", so every link has its way back.
 */
export function rehypeMentions({ names, papers, base }: MentionsOptions) {
  const finders = new WeakMap<ReadonlyMap<string, PaperSlug>, ReturnType<typeof createMentionFinder>>();
  const folder = resolve(papers);
  const prefix = base.replace(/\/+$/, '');
  return (tree: Root, file: VFile): void => {
    if (!file.path || dirname(resolve(file.path)) !== folder || !file.path.endsWith('.mdx')) return;
    const current = names ?? publishedMentionNames();
    if (!current) throw new Error(`${file.path}: rehypeMentions has no paper names to link: the papers' loader publishes them when it loads the papers, before any page renders`);
    let find = finders.get(current);
    if (!find) finders.set(current, (find = createMentionFinder(current)));
    const self = basename(file.path, '.mdx') as PaperSlug;
    const linked = new Set<PaperSlug>();
    visit(tree, (node, index, parent) => {
      if (SKIPPED.has(node.type) || (node.type === 'element' && SKIPPED.has(node.tagName))) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      // Only the first mention of each paper becomes a link: one is enough to follow, more is clutter.
      const mentions = find(node.value, self).filter((mention) => {
        if (linked.has(mention.paper)) return false;
        linked.add(mention.paper);
        return true;
      });
      if (mentions.length === 0) return undefined;
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const mention of mentions) {
        if (mention.start > at) pieces.push(text(node.value.slice(at, mention.start)));
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `${prefix}/papers/${mention.paper}/`, className: ['mention'] },
          children: [text(mention.name)],
        });
        at = mention.end;
      }
      if (at < node.value.length) pieces.push(text(node.value.slice(at)));
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

const text = (value: string): Text => ({ type: 'text', value });
