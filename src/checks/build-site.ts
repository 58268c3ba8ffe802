import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { locateRenderError, renderErrors } from '../cli/locate-render-error.ts';
import type { Message } from '../util/message.ts';
import { runBuild } from './run-astro.ts';

const rule = 'build';

/** `content/papers/x.mdx: reason` or `...:12:3: reason`, the form this project's errors take, anywhere in a line. */
const PLACED = /(?<file>(?:content|src|seeds)\/[^\s:]+)(?::(?<line>\d+)(?::(?<column>\d+))?)?: (?<reason>.+)$/gm;

const FIX = 'fix what the message says; `npm run build` shows the whole output';
const MDX_FIX = 'MDX runs `{…}` and `<Tags>` in a paper file as code: write `\\{` and `\\<` to show the characters, or define what the code uses';

/**
 * The errors in a failed build's output: each line naming a project file;
 * each paper page whose MDX threw while rendering, mapped from the compiled
 * chunk Astro names back to `content/papers/<slug>.mdx:line:column` (`papers`
 * holds the text of those files); else the output's last lines.
 */
export function parseBuildErrors(output: string, papers: ReadonlyMap<string, string> = new Map()): Message[] {
  const placed: Message[] = [...output.matchAll(PLACED)].map(({ groups }) => ({
    file: groups!.file!,
    ...(groups!.line ? { line: Number(groups!.line), column: Number(groups!.column ?? 1) } : {}),
    rule,
    reason: groups!.reason!.trim(),
    fix: FIX,
  }));
  for (const { slug, error } of renderErrors(output)) {
    const file = `content/papers/${slug}.mdx`;
    const text = papers.get(file);
    if (text === undefined) continue;
    placed.push({ file, ...locateRenderError(text, error), rule, reason: `${error}, while the build rendered /papers/${slug}/`, fix: MDX_FIX });
  }
  const unique = new Map(placed.map((message) => [`${message.file}:${message.line}:${message.reason}`, message]));
  if (unique.size) return [...unique.values()];
  const tail = output.trim().split('\n').filter((line) => line.trim()).slice(-5).join(' / ');
  return [{ file: 'astro build', rule, reason: `the build failed: ${tail}`, fix: FIX }];
}

/** parseBuildErrors, with the paper files whose pages failed to render read from `root`. */
export async function readBuildErrors(output: string, root: string): Promise<Message[]> {
  const papers = new Map<string, string>();
  for (const { slug } of renderErrors(output)) {
    const file = `content/papers/${slug}.mdx`;
    const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
    if (text !== undefined) papers.set(file, text);
  }
  return parseBuildErrors(output, papers);
}

/** Build the site into `outDir` as a host would (`npm run build`); no messages when it succeeds. */
export async function buildSite(root: string, outDir: string): Promise<Message[]> {
  const { code, output } = await runBuild(root, ['--outDir', outDir]);
  return code === 0 ? [] : readBuildErrors(output, root);
}
