import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIngest } from '../../../src/pipeline/plan-ingest.ts';

const root = new URL('../../../', import.meta.url).pathname;
const fixture = (name: string): string => new URL(`../../fixtures/${name}/`, import.meta.url).pathname;

/** The command the README gives for seeing a paper as listed, run by a shell. */
function listed(cwd: string, file: string, line: number): Promise<string> {
  const command = `sed -n '${line},$p' ${file} | awk -v RS= -v ORS='\\n\\n' 'NR <= 2'`;
  return new Promise((resolve, reject) => execFile('sh', ['-c', command], { cwd }, (error, stdout) => (error ? reject(error) : resolve(stdout))));
}

/** The title and abstract paragraphs that start at `line`, cut out of the seed by hand: lines up to the second blank line. */
async function paragraphsAt(cwd: string, file: string, line: number): Promise<string> {
  const lines = (await readFile(join(cwd, file), 'utf8')).split('\n').slice(line - 1);
  const firstBlank = lines.indexOf('');
  const end = lines.indexOf('', firstBlank + 1);
  return `${lines.slice(0, firstBlank).join('\n')}\n\n${lines.slice(firstBlank + 1, end === -1 ? undefined : end).join('\n')}\n\n`;
}

describe('the line in `source`', { timeout: 30_000 }, () => {
  it.each([
    ['the real seed', root],
    ['a seed with hard-wrapped titles and abstracts', fixture('wrapped-lines')],
  ])('shows each paper of %s exactly as listed with the README command', async (_, cwd) => {
    const plan = await planIngest({ seeds: 'seeds', out: 'no-such-folder', cwd });
    expect(plan.papers.length).toBeGreaterThan(1);
    for (const paper of plan.papers) {
      const shown = await listed(cwd, paper.file, paper.line);
      expect(shown).toBe(await paragraphsAt(cwd, paper.file, paper.line));
      // The title as ingest read it is the first paragraph, its lines joined (where no LaTeX repair changed it).
      const title = shown.split('\n\n')[0]!.replace(/\n/g, ' ');
      if (!/[$\\]|times/.test(title)) expect(title).toBe(paper.title);
    }
  });
});
