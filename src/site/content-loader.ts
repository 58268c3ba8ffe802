import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readContentFile } from '../format/read-content-file.ts';
import { refuseCaseDuplicates } from './refuse-case-duplicates.ts';

export interface ContentLoaderOptions {
  /** Which files, as for Astro's glob loader: `*.mdx`. */
  pattern: string;
  /** The folder, from the project root: `./content/papers`. */
  base: string;
  /**
   * The file's frontmatter data, validated, read by src/format/ from its
   * text; `file` is its path from the project root, for messages.
   */
  read: (text: string, file: string) => Record<string, unknown>;
  /** Called once every entry is in the store, with the entries in the store's order. */
  synced?: (entries: ReturnType<LoaderContext['store']['values']>) => void;
}

/**
 * Astro's glob loader (ids, deferred MDX rendering, watching in dev), but
 * each entry's data comes from the project's own reader in src/format/, not
 * from the YAML Astro parsed itself with js-yaml. So the build reads every
 * content file exactly as ingest and `npm run check` do: the same YAML
 * (`aliases: [2024-01-01]` is text everywhere), the same validation, and the
 * same `file:line:column: reason` message when a file is broken.
 */
export function contentLoader({ pattern, base, read, synced }: ContentLoaderOptions): Loader {
  const files = glob({ pattern, base });
  return {
    name: 'ar-atlas:content',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const shown = (path: string): string => relative(root, path).split(sep).join('/');
      // The glob loader keys entries by lowercase id: files differing only in case would become one entry.
      refuseCaseDuplicates(shown(join(root, base)), await readdir(join(root, base)).catch(() => []));
      await files.load({
        ...context,
        parseData: async (entry) => {
          const path = entry.filePath ?? entry.id;
          const file = shown(path);
          return context.parseData({ ...entry, data: read(await readContentFile(path, root, file), file) as typeof entry.data });
        },
      });
      synced?.(context.store.values());
    },
  };
}
