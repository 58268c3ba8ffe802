import type { Message } from '../util/message.ts';
import { runBuild } from './run-astro.ts';

const rule = 'build';

/** `content/papers/x.mdx: reason` or `...:12:3: reason`, the form this project's errors take, anywhere in a line. */
const PLACED = /(?<file>(?:content|src|seeds)\/[^\s:]+)(?::(?<line>\d+)(?::(?<column>\d+))?)?: (?<reason>.+)$/gm;

/** The errors in a failed build's output: each line naming a project file, else the output's last lines. */
export function parseBuildErrors(output: string): Message[] {
  const fix = 'fix what the message says; `npm run build` shows the whole output';
  const placed = [...output.matchAll(PLACED)].map(({ groups }) => ({
    file: groups!.file!,
    ...(groups!.line ? { line: Number(groups!.line), column: Number(groups!.column ?? 1) } : {}),
    rule,
    reason: groups!.reason!.trim(),
    fix,
  }));
  const unique = new Map(placed.map((message) => [`${message.file}:${message.line}:${message.reason}`, message]));
  if (unique.size) return [...unique.values()];
  const tail = output.trim().split('\n').filter((line) => line.trim()).slice(-5).join(' / ');
  return [{ file: 'astro build', rule, reason: `the build failed: ${tail}`, fix }];
}

/** Build the site into `outDir` as a host would (`npm run build`); no messages when it succeeds. */
export async function buildSite(root: string, outDir: string): Promise<Message[]> {
  const { code, output } = await runBuild(root, ['--outDir', outDir]);
  return code === 0 ? [] : parseBuildErrors(output);
}
