import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ListedPaper } from './split-papers.ts';
import { logStage } from './stage-log.ts';

/** One display repair: what LaTeX leftover it fixes, and an example the tests check. */
export interface LatexRepair {
  name: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
  /** `[before, after]`, asserted by the table-driven test. */
  examples: ReadonlyArray<readonly [string, string]>;
}

/** Combining marks for LaTeX accent commands: `\"u` is u + U+0308 → ü. */
const ACCENTS: Record<string, string> = { '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303' };
const RELATIONS: Record<string, string> = { leq: '≤', geq: '≥', neq: '≠' };

/**
 * The one table of LaTeX leftovers repaired for display, applied in order.
 * Anything not in it, such as an undefined macro like `\ModelName`, is left
 * exactly as written. The original text stays in the seed at `source.line`.
 */
export const latexRepairs: readonly LatexRepair[] = [
  {
    name: 'inline math holding one plain symbol',
    pattern: /\$([^\s$\\]{1,8})\$/g,
    replace: (_match, symbol) => symbol!,
    examples: [['PanGu-$α$', 'PanGu-α']],
  },
  {
    name: 'accent command',
    pattern: /\\(["'`^~])\{?([A-Za-z])\}?/g,
    replace: (_match, accent, letter) => `${letter}${ACCENTS[accent!]}`.normalize('NFC'),
    examples: [
      ['T\\"ulu 3', 'Tülu 3'],
      ['a na\\"ive application', 'a naïve application'],
      ["Erd\\H{o}s and Schr\\\"{o}dinger", 'Erd\\H{o}s and Schrödinger'],
    ],
  },
  {
    name: 'escaped special character',
    pattern: /\\([%&#_$])/g,
    replace: (_match, character) => character!,
    examples: [
      ['72\\% of the data', '72% of the data'],
      ['65.\\%', '65.%'],
    ],
  },
  {
    name: '`times` between numbers',
    pattern: /(?<=\d)\\?times(?=\d|\b)/g,
    replace: () => '×',
    examples: [
      ['ImageNet 256times256', 'ImageNet 256×256'],
      ['a remarkable 2.33times speed-up', 'a remarkable 2.33× speed-up'],
      ['10times FLOPs reduction', '10× FLOPs reduction'],
      ['sometimes 3 times', 'sometimes 3 times'],
    ],
  },
  {
    name: 'relation written as its macro name',
    pattern: /\\?\b(leq|geq|neq)\b/g,
    replace: (_match, name) => RELATIONS[name!]!,
    examples: [
      ['(leq 256px)', '(≤ 256px)'],
      ['n \\geq 2', 'n ≥ 2'],
    ],
  },
];

/** Apply every repair to a string; returns the text and how often each repair fired. */
export function repairText(text: string, counts?: Map<string, number>): string {
  let result = text;
  for (const repair of latexRepairs) {
    result = result.replace(repair.pattern, (...args: unknown[]) => {
      counts?.set(repair.name, (counts.get(repair.name) ?? 0) + 1);
      // args: match, ...groups, offset, input (no named groups in the table).
      return repair.replace(String(args[0]), ...(args.slice(1, -2) as string[]));
    });
  }
  return result;
}

/** Repair LaTeX leftovers in the text of every title and abstract, in place, for display. */
export function repairLatex(listed: readonly ListedPaper[], file: VFile): void {
  const counts = new Map<string, number>();
  for (const paper of listed) {
    for (const paragraph of [paper.title, paper.abstract]) {
      visit(paragraph, 'text', (node) => {
        node.value = repairText(node.value, counts);
      });
    }
  }
  const fired = [...counts].map(([name, count]) => `${count}× ${name}`).join(', ');
  logStage(file, 'repair-latex', `${listed.length} papers in, ${listed.length} out; ${fired || 'nothing to repair'}`);
}
