import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/**
 * Render-time remark plugin: GFM's table syntax and nothing else of GFM,
 * wired in as remark-gfm wires all of it. The processor keeps GFM off
 * because its autolink step links `www.` and `https://` text even when
 * escaped; tables are safe to add: a table needs a second line under its
 * header, and ingest writes each abstract paragraph on one line.
 */
export function remarkTables(this: Processor): void {
  // The fields remark-parse and remark-stringify read their extensions from (remark-gfm fills the same ones).
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[]; toMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}
