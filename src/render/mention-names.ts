import type { PaperSlug } from '../util/ids.ts';

const KEY = Symbol.for('ar-atlas.mentionNames');
type Holder = { [KEY]?: ReadonlyMap<string, PaperSlug> };

/**
 * The short names rehypeMentions links (src/knowledge/mentions.ts), for the
 * papers the build has loaded. The papers' loader (src/site/paper-loader.ts)
 * computes them from the text it has just read, once per content sync, and
 * publishes them here; the plugin reads them when it runs, which is after the
 * sync, for abstracts rendered as data and pages compiled as MDX alike. No
 * paper file is read a second time for them. They live on globalThis because
 * astro.config.mjs, where the plugin is registered, and content.config.ts,
 * where the loader is, can be loaded as separate module graphs.
 */
export function publishMentionNames(names: ReadonlyMap<string, PaperSlug>): void {
  (globalThis as Holder)[KEY] = names;
}

/** The names the loader published last, or undefined before any content sync. */
export function publishedMentionNames(): ReadonlyMap<string, PaperSlug> | undefined {
  return (globalThis as Holder)[KEY];
}
