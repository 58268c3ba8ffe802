import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../ingest/run-cli.ts';

const fixture = new URL('../../fixtures/check-ingest-clean', import.meta.url).pathname;
const check = new URL('../../../scripts/check.ts', import.meta.url).pathname;

/**
 * A checkout made by Git on Windows without .gitattributes: every seed and
 * content file with CRLF line ends. Ingest and check compare text, so
 * nothing differs and nothing is rewritten.
 */
describe('a CRLF checkout', { timeout: 60_000 }, () => {
  let project: string;
  let before: Map<string, string>;
  const papers = (): string => join(project, 'content/papers');

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'ar-atlas-crlf-'));
    await cp(fixture, project, { recursive: true });
    for (const folder of ['seeds', 'content/papers']) {
      for (const name of await readdir(join(project, folder))) {
        const path = join(project, folder, name);
        await writeFile(path, (await readFile(path, 'utf8')).replace(/\n/g, '\r\n'));
      }
    }
    before = new Map(await Promise.all((await readdir(papers())).map(async (name) => [name, await readFile(join(papers(), name), 'utf8')] as const)));
    expect([...before.values()].every((text) => text.includes('\r\n'))).toBe(true);
  });

  afterAll(() => rm(project, { recursive: true, force: true }));

  it('matches the seeds for ingest --check, as the LF checkout does', async () => {
    // The fixture holds one hand-edited file on purpose.
    const expected = { code: 0, stdout: 'ingest --check: 2 file(s) match the seeds, 1 hand-edited file(s) not compared\n', stderr: '' };
    expect(await runCli(['--check'], fixture)).toEqual(expected);
    expect(await runCli(['--check'], project)).toEqual(expected);
  });

  it('passes npm run check --quick', async () => {
    const result = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, [check, '--quick'], { cwd: project }, (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout })),
    );
    expect(result.stdout).toMatch(/check: all clear/);
    expect(result.code).toBe(0);
  });

  it('is left byte for byte by ingest', async () => {
    const result = await runCli([], project);
    expect(result.stdout).toBe(
      'kept hand-edited content/papers/fast-decoding-with-drafts.mdx\ningest: 3 papers; 0 created, 0 updated, 2 unchanged, 1 kept, 0 removed; 1 paragraph(s) of page chrome dropped (--verbose names them)\n',
    );
    for (const [name, text] of before) expect(await readFile(join(papers(), name), 'utf8')).toBe(text);
  });
});
