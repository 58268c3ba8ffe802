import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { GREEK_LETTERS } from '../util/greek.ts';
import type { ListedPaper } from './split-papers.ts';
import { logStage } from './stage-log.ts';

/** One display repair: what LaTeX leftover it fixes, and an example the tests check. */
export interface LatexRepair {
  name: string;
  /**
   * What it matches. A function builds the pattern from the paper's title,
   * for spellings the title settles (undefined: nothing to repair); such a
   * repair does not apply to the title itself.
   */
  pattern: RegExp | ((title: string) => RegExp | undefined);
  /** The repaired text of one match, from the match, its groups and the paper's (repaired) title. */
  replace: (match: string, groups: readonly string[], title: string) => string;
  /** `[before, after]`, or `[before, after, title]` for a repair that reads the title; asserted by the table-driven test. */
  examples: ReadonlyArray<readonly [before: string, after: string, title?: string]>;
}

/** Combining marks for LaTeX accent commands: `\"u` is u + U+0308 → ü. */
const ACCENTS: Record<string, string> = { '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303' };
const RELATIONS: Record<string, string> = { leq: '≤', geq: '≥', neq: '≠' };
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Greek letter names to letters (`sigma` is σ, not final ς). */
const GREEK_BY_NAME = new Map(Object.entries(GREEK_LETTERS).filter(([letter]) => letter !== 'ς').map(([letter, name]) => [name, letter]));
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Names the title writes with a Greek letter, as ASCII text spells them:
 * `PanGu-alpha` → `PanGu-α` for the title "PanGu-α: Large-scale ...".
 */
function greekSpellings(title: string): Map<string, string> {
  const names = title.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return new Map(
    names
      .filter((name) => /[α-ω]/u.test(name))
      .map((name) => [[...name].map((character) => GREEK_LETTERS[character] ?? character).join(''), name]),
  );
}

/**
 * The one table of LaTeX leftovers repaired for display, applied in order.
 * Anything not in it, such as an undefined macro like `\ModelName`, is left
 * exactly as written. The original text stays in the seed at `source.line`.
 */
export const latexRepairs: readonly LatexRepair[] = [
  {
    name: 'inline math holding one plain symbol',
    pattern: /\$([^\s$\\]{1,8})\$/g,
    replace: (_match, [symbol]) => symbol!,
    examples: [['PanGu-$α$', 'PanGu-α']],
  },
  {
    name: 'accent command',
    pattern: /\\(["'`^~])\{?([A-Za-z])\}?/g,
    replace: (_match, [accent, letter]) => `${letter}${ACCENTS[accent!]}`.normalize('NFC'),
    examples: [
      ['T\\"ulu 3', 'Tülu 3'],
      ['a na\\"ive application', 'a naïve application'],
      ["Erd\\H{o}s and Schr\\\"{o}dinger", 'Erd\\H{o}s and Schrödinger'],
    ],
  },
  {
    name: 'escaped special character',
    pattern: /\\([%&#_$])/g,
    replace: (_match, [character]) => character!,
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
    name: 'spaced `times` between whole numbers',
    pattern: /(?<![\d.])(\d+) times (\d+)(?![\d.])/g,
    replace: (_match, [left, right]) => `${left}×${right}`,
    examples: [
      ['producing 1024 times 1024 resolution images', 'producing 1024×1024 resolution images'],
      ['16 times more pre-training time', '16 times more pre-training time'],
      ['3 to 4 times faster', '3 to 4 times faster'],
      ['1.5 times 2', '1.5 times 2'],
    ],
  },
  {
    name: '`*` between whole numbers',
    pattern: /(?<![\d.*])(\d+)\*(\d+)(?![\d.*])/g,
    replace: (_match, [left, right]) => `${left}×${right}`,
    examples: [
      ['the ImageNet 256*256 benchmark', 'the ImageNet 256×256 benchmark'],
      ['a *b* 2*3*4 and 2.5*2', 'a *b* 2*3*4 and 2.5*2'],
    ],
  },
  {
    name: 'Greek letter name with a power',
    pattern: /\\?\b(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega)\^\{?(\d)\}?/g,
    replace: (_match, [name, power]) => `${GREEK_BY_NAME.get(name!)}${SUPERSCRIPTS[Number(power)]}`,
    examples: [
      ['the SequenceMatch-chi^2 divergence', 'the SequenceMatch-χ² divergence'],
      ['a \\chi^{2} test', 'a χ² test'],
      ['Tchi^2 and alpha', 'Tchi^2 and alpha'],
    ],
  },
  {
    name: 'Greek letter spelled out in a name the title writes with the letter',
    pattern: (title) => {
      const spelled = [...greekSpellings(title).keys()];
      return spelled.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${spelled.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'gu') : undefined;
    },
    replace: (match, _groups, title) => greekSpellings(title).get(match)!,
    examples: [
      ['models named PanGu-alpha, with up to 200 billion parameters', 'models named PanGu-α, with up to 200 billion parameters', 'PanGu-α: Large-scale Autoregressive Pretrained Chinese Language Models'],
      ['PanGu-alpha-2 and PanGu-alphabet stay', 'PanGu-alpha-2 and PanGu-alphabet stay', 'PanGu-α: Large-scale Autoregressive Pretrained Chinese Language Models'],
      ['PanGu-alpha, with no letter in the title', 'PanGu-alpha, with no letter in the title', 'PanGu: Large-scale'],
    ],
  },
  {
    name: '`--` or `---` as a dash between words',
    pattern: /(?<=\s)-{2,3}(?=\s)/g,
    replace: (match) => (match.length === 2 ? '–' : '—'),
    examples: [
      ['we propose Flover -- a temporal fusion framework', 'we propose Flover – a temporal fusion framework'],
      ['a novel decoding method --- momentum decoding --- which', 'a novel decoding method — momentum decoding — which'],
      ['<!-- comment --> and --flag', '<!-- comment --> and --flag'],
    ],
  },
  {
    name: 'relation written as its macro name',
    pattern: /\\?\b(leq|geq|neq)\b/g,
    replace: (_match, [name]) => RELATIONS[name!]!,
    examples: [
      ['(leq 256px)', '(≤ 256px)'],
      ['n \\geq 2', 'n ≥ 2'],
    ],
  },
];

/**
 * Apply every repair to a string; counts how often each repair fired. With
 * `title` (the paper's repaired title) the repairs that read the title apply
 * too; without it, as for the title itself, they do not.
 */
export function repairText(text: string, counts?: Map<string, number>, title?: string): string {
  let result = text;
  for (const repair of latexRepairs) {
    const pattern = typeof repair.pattern === 'function' ? (title === undefined ? undefined : repair.pattern(title)) : repair.pattern;
    if (!pattern) continue;
    result = result.replace(pattern, (...args: unknown[]) => {
      counts?.set(repair.name, (counts.get(repair.name) ?? 0) + 1);
      // args: match, ...groups, offset, input (no named groups in the table).
      return repair.replace(String(args[0]), args.slice(1, -2) as string[], title ?? '');
    });
  }
  return result;
}

function repairParagraph(paragraph: Paragraph, counts: Map<string, number>, title?: string): void {
  visit(paragraph, 'text', (node) => {
    node.value = repairText(node.value, counts, title);
  });
}

/** Repair LaTeX leftovers in the text of every title and abstract, in place, for display. */
export function repairLatex(listed: readonly ListedPaper[], file: VFile): void {
  const counts = new Map<string, number>();
  for (const paper of listed) {
    repairParagraph(paper.title, counts);
    repairParagraph(paper.abstract, counts, toString(paper.title));
  }
  const fired = [...counts].map(([name, count]) => `${count}× ${name}`).join(', ');
  logStage(file, 'repair-latex', `${listed.length} papers in, ${listed.length} out; ${fired || 'nothing to repair'}`);
}
