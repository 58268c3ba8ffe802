import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a static host compresses on the fly; everything else (Pagefind's files are gzip already) goes as it is. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

/**
 * Files compressed per extension: the rest of that extension is estimated
 * from their ratio. At 10,000 pages compressing every page would add about
 * 4 s to the build; 200 evenly spaced ones give the ratio to well under 1 %.
 */
const SAMPLES = 200;

/**
 * Bytes each file costs over the wire from a host that gzips text (level 6,
 * the usual default): exact for files sent as they are and for up to
 * SAMPLES files of each compressible extension (all of them on a small
 * site), estimated from those files' ratio for the others. Deterministic:
 * the samples are every k-th file in the order given.
 */
export async function transferSizes(dir: string, files: readonly { file: string; size: number }[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const byExtension = new Map<string, { file: string; size: number }[]>();
  for (const file of files) {
    const extension = extname(file.file);
    if (!compressible.has(extension)) sizes.set(file.file, file.size);
    else {
      const group = byExtension.get(extension) ?? [];
      group.push(file);
      byExtension.set(extension, group);
    }
  }
  for (const group of byExtension.values()) {
    const step = Math.ceil(group.length / SAMPLES);
    let raw = 0;
    let compressed = 0;
    for (let index = 0; index < group.length; index += step) {
      const file = group[index]!;
      const size = gzipSync(await readFile(join(dir, file.file)), { level: 6 }).length;
      sizes.set(file.file, size);
      raw += file.size;
      compressed += size;
    }
    const ratio = raw > 0 ? compressed / raw : 1;
    for (const file of group) if (!sizes.has(file.file)) sizes.set(file.file, Math.round(file.size * ratio));
  }
  return sizes;
}
