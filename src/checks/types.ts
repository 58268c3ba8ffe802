import type { Message } from '../util/message.ts';
import { runAstro } from './run-astro.ts';

const rule = 'types';

/** `src/x.ts:3:7 - error ts(2322): Type 'string' is not assignable to type 'number'.` */
const DIAGNOSTIC = /^(?<file>\S[^\n]*?):(?<line>\d+):(?<column>\d+) - error (?<code>\S+\(\d+\)): (?<reason>.+)$/gm;

/** The errors in the output of `astro check` (its warnings and hints do not fail it, so they are left out). */
export function parseAstroCheck(output: string): Message[] {
  return [...output.matchAll(DIAGNOSTIC)].map(({ groups }) => ({
    file: groups!.file!,
    line: Number(groups!.line),
    column: Number(groups!.column),
    rule,
    reason: groups!.reason!.trim(),
    fix: `fix the type error (${groups!.code}); \`npx astro check\` shows it with the code around it`,
  }));
}

/** Type check the project with `astro check` (TypeScript over .ts and .astro files, content collection types included). */
export async function types(root: string): Promise<Message[]> {
  const { code, output } = await runAstro(root, ['check']);
  const messages = parseAstroCheck(output);
  if (code !== 0 && messages.length === 0) {
    const tail = output.trim().split('\n').slice(-5).join(' / ');
    messages.push({ file: 'astro check', rule, reason: `stopped before it could type check: ${tail}`, fix: 'run `npx astro check` to see the whole output' });
  }
  return messages;
}
