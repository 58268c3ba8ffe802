import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

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
}

/**
 * Astro's glob loader (ids, deferred MDX rendering, watching in dev), but
 * each entry's data comes from the project's own reader in src/format/, not
 * from the YAML Astro parsed itself with js-yaml. So the build reads every
 * content file exactly as ingest and `npm run check` do: the same YAML
 * (`aliases: [2024-01-01]` is text everywhere), the same validation, and the
 * same `file:line:column: reason` message when a file is broken.
 */
export function contentLoader({ pattern, base, read }: ContentLoaderOptions): Loader {
  const files = glob({ pattern, base });
  return {
    name: 'ar-atlas:content',
    load: (context: LoaderContext) =>
      files.load({
        ...context,
        parseData: async (entry) => {
          const path = entry.filePath ?? entry.id;
          const file = relative(fileURLToPath(context.config.root), path).split(sep).join('/');
          return context.parseData({ ...entry, data: read(await readFile(path, 'utf8'), file) as typeof entry.data });
        },
      }),
  };
}
