import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserTestsRun } from './browser/browser-tests-run.ts';
import { buildEnv } from '../../src/cli/scratch-project.ts';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const figure = String.raw`\d+\.\d s`;

/**
 * `npm run bench -- --papers 30` end to end, only to show it works: a
 * synthetic corpus through ingest and the build in a scratch project, a
 * rebuild with one paper changed, and the browser figures. It checks that
 * each figure is printed, never what it is.
 */
describe.runIf(browserTestsRun())('npm run bench -- --papers 30', () => {
  let output: string;

  beforeAll(async () => {
    ({ stdout: output } = await run(process.execPath, ['scripts/bench.ts', '--papers', '30'], { cwd: root, env: buildEnv(), maxBuffer: 16 * 1024 * 1024 }));
  }, 600_000);

  it('ingests 30 synthetic papers and times it', () => {
    expect(output).toMatch(/Build: 30 synthetic papers in a scratch project/);
    expect(output).toMatch(new RegExp(`ingest +${figure} wall, ${figure} CPU`));
    expect(output).toMatch(/ingest: 30 papers; 30 created, 0 updated/);
  });

  it('builds with npm run build, rendering every abstract as data, and names each process with its peak memory', () => {
    expect(output).toMatch(/first build: npm run build = node scripts\/build\.ts/);
    expect(output).toMatch(/30 papers: 30 rendered, 0 left to MDX \(notes, or more than text and links\), 0 from the cache/);
    expect(output).toMatch(/peak +\d+ MiB, CPU +\d+\.\d s +node (?:--\S+ )*astro\.mjs build/);
    expect(output).toMatch(/Pagefind indexed 4\d of \d+ HTML pages/);
  });

  it('rebuilds with one paper changed, from the content cache but for that paper', () => {
    expect(output).toMatch(/rebuild, content\/papers\/[a-z0-9-]+\.mdx changed/);
    expect(output).toMatch(/30 papers: 1 rendered, 0 left to MDX \(notes, or more than text and links\), 29 from the cache/);
  });

  it('prints the summary table with every figure', () => {
    const summary = output.slice(output.indexOf('Summary (Markdown, for BENCHMARKS.md)'));
    for (const row of [
      /\| 30 papers \| \|/,
      /\| machine \| \d+ cores .*load average/,
      new RegExp(`\\| ingest \\| ${figure} \\(${figure} CPU\\), peak \\d+ MiB \\|`),
      new RegExp(`\\| npm run build, end to end \\| ${figure} \\(${figure} CPU\\), largest process \\d+ MiB; \\d+ pages, \\d+ pages/s \\|`),
      /\| rebuild with one paper changed \| .* % of the first build's time, \d+ % of its CPU \|/,
      /\| dist\/ \| \d+ files, \d+\.\d MiB \|/,
      /\| Pagefind index \| \d+ files, \d+\.\d MiB \|/,
      /\| first visit, largest page \(gzip\) \| \d+\.\d KiB/,
      /\| first search \(header, over the wire\) \| \d+\.\d KiB \|/,
      /\| search: last keystroke to results, median \/ worst \| \d+ ms \/ \d+ ms \|/,
    ]) {
      expect(summary).toMatch(row);
    }
  });
});
