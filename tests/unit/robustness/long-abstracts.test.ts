import { mkdir, mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gist } from '../../../src/knowledge/gist.ts';
import { splitSentences } from '../../../src/knowledge/sentences.ts';
import { cleanUrl } from '../../../src/pipeline/extract-links.ts';
import { excerpt } from '../../../src/site/excerpt.ts';
import { cpuTime, childCpuTime } from '../cpu-time.ts';
import { runCli } from '../ingest/run-cli.ts';

/** Abstracts of 100,000 characters, each built to make one kind of step go quadratic. */
const LENGTH = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
const ABSTRACTS: Record<string, string> = {
  'abbreviations with no sentence end between them': fill('such as e.g. Models '),
  'a run of periods': `Intro${'.'.repeat(LENGTH)} End.`,
  'an address followed by closing brackets': `See https://github.com/a/b${')'.repeat(LENGTH)} now.`,
  'thousands of addresses': fill('see https://x.io/a. '),
  'one bad address repeated': fill('http://x '),
  'MDX and Markdown syntax to escape': fill('{<*_[]`#&'),
  'openers before a contribution': `We, ${fill('we, ')} propose.`,
};

/** Seconds of processor time a call takes. */
const seconds = (run: () => unknown): number => cpuTime(run).seconds;

describe('one 100,000-character abstract never makes a step blow up', () => {
  // Each of these took seconds to minutes before (sentence splitting restarted
  // after every "e.g.", address cleaning re-counted brackets per character);
  // now each takes milliseconds of processor time.
  it('splits sentences in linear time, abbreviations and runs of marks included', () => {
    for (const text of [fill('such as e.g. Models '), fill('.'), fill('?!'), fill('e.g. A ')]) {
      expect(seconds(() => splitSentences(text))).toBeLessThan(1);
    }
    expect(splitSentences(fill('such as e.g. Models ')).length).toBe(1);
  });

  it('cleans an address followed by 100,000 brackets in linear time', () => {
    let cleaned: ReturnType<typeof cleanUrl> | undefined;
    expect(seconds(() => (cleaned = cleanUrl(`https://a.io/b${')'.repeat(LENGTH)}`)))).toBeLessThan(1);
    expect(cleaned!.url).toBe('https://a.io/b');
    expect(cleaned!.after.length).toBe(LENGTH);
  });

  it('cuts a gist and an excerpt out of 100,000 characters in linear time', () => {
    for (const text of Object.values(ABSTRACTS)) {
      expect(seconds(() => gist(text))).toBeLessThan(1);
      expect(seconds(() => excerpt(text))).toBeLessThan(1);
    }
  });

  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it('ingests a seed of such abstracts, topics included, well within a minute', async () => {
    const project = await mkdtemp(join(tmpdir(), 'ar-atlas-long-'));
    folders.push(project);
    await mkdir(join(project, 'seeds'));
    await cp(new URL('../../../content/topics', import.meta.url).pathname, join(project, 'content/topics'), { recursive: true });
    const listing = Object.entries(ABSTRACTS).map(([name, abstract]) => `A paper with ${name}\n\n${abstract}\n`);
    await writeFile(join(project, 'seeds/long.txt'), listing.join('\n'));
    const { result, seconds } = await childCpuTime(() => runCli(['--dry-run', '--json'], project));
    // About 15 s of processor time here, most of it micromark reading back escaped MDX.
    expect(seconds).toBeLessThan(60);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { papers: Array<{ title: string }> };
    expect(report.papers.map((paper) => paper.title)).toEqual(Object.keys(ABSTRACTS).map((name) => `A paper with ${name}`));
    expect(result.stderr).toBe('seeds/long.txt:19:1: warning: "http://x" does not look like a web address; it stays plain text\n');
  }, 120_000);
});
