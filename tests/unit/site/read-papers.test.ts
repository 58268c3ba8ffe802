import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTermFinder } from '../../../src/site/search-terms.ts';
import { readPaper, readPapers, type PaperJob } from '../../../src/site/read-papers.ts';
import { MessageError } from '../../../src/util/message.ts';

const root = new URL('../../..', import.meta.url).pathname;

/** The seed's papers, fifteen times over under other names: enough files for the loader to read them in worker threads. */
async function manyPapers(): Promise<PaperJob[]> {
  const names = (await readdir(join(root, 'content/papers'))).filter((name) => name.endsWith('.mdx')).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(root, 'content/papers', name), 'utf8')));
  return Array.from({ length: 15 }, (_, copy) => texts.map((text, index) => ({ text, filePath: `content/papers/${copy}-${names[index]}` }))).flat();
}

describe('readPapers', () => {
  it('reads a thousand papers in worker threads exactly as one thread reads them, in file order', async () => {
    const jobs = await manyPapers();
    expect(jobs.length).toBeGreaterThanOrEqual(1000);
    const findTerms = await pageTermFinder(root);
    const read = await readPapers(jobs, root);
    expect(read).toEqual(jobs.map((job) => readPaper(job, findTerms)));
    expect(read.map((paper) => paper.file.path)).toEqual(jobs.map((job) => job.filePath));
  }, 60_000);

  it("fails with the first broken file's own message, file line and column, as one thread would", async () => {
    const jobs = await manyPapers();
    const broken = (index: number): PaperJob => ({ ...jobs[index]!, text: `${jobs[index]!.text}\nAn open {brace\n` });
    jobs[700] = broken(700);
    jobs[900] = broken(900);
    const findTerms = await pageTermFinder(root);
    const expected = (() => {
      try {
        readPaper(jobs[700]!, findTerms);
      } catch (error) {
        return error;
      }
    })();
    expect(expected).toBeInstanceOf(MessageError);
    const failure = await readPapers(jobs, root).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MessageError);
    expect((failure as MessageError).message).toBe((expected as MessageError).message);
    expect((failure as MessageError).message).toMatch(new RegExp(`^${jobs[700]!.filePath}:\\d+:\\d+: the body is not valid MDX`));
  }, 60_000);
});
