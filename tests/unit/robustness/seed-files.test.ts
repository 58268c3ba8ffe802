import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../ingest/run-cli.ts';

const fixture = (name: string): string => new URL(`../../fixtures/${name}`, import.meta.url).pathname;
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function temporary(name: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), `ar-atlas-${name}-`));
  folders.push(folder);
  return folder;
}

/** Run ingest in `cwd` (paths then read `seeds/...`) into a fresh output folder. */
async function ingest(cwd: string, ...args: string[]) {
  const out = await temporary('out');
  const result = await runCli(['--out', out, ...args], cwd);
  return { ...result, written: await readdir(out) };
}

/** A project folder holding one seed, made by `make(path)` at seeds/<name>. */
async function projectWith(name: string, make: (path: string) => Promise<void>): Promise<string> {
  const project = await temporary('project');
  await mkdir(join(project, 'seeds'));
  await make(join(project, 'seeds', name));
  return project;
}

describe('seed files that are not plain files of the repository are refused with one line, nothing written', { timeout: 30_000 }, () => {
  it('a folder named like a seed', async () => {
    const result = await ingest(fixture('seed-is-a-directory'));
    expect(result.stderr).toBe('seeds/listing.txt: is a folder, not a file; expected a plain text file\ningest: 1 error(s); nothing written\n');
    expect(result.code).toBe(1);
    expect(result.written).toEqual([]);
  });

  it('a link to a file outside the repository', async () => {
    const result = await ingest(fixture('seed-links-outside'));
    expect(result.stderr).toBe(
      `seeds/listing.txt: is a link to ${fixture('hostile/seeds/hostile.txt')}, outside the repository; copy the file into the repository instead\ningest: 1 error(s); nothing written\n`,
    );
    expect(result.code).toBe(1);
  });

  it('a link to /dev/zero, which would never end', async () => {
    const result = await ingest(fixture('seed-links-to-device'));
    expect(result.stderr).toBe('seeds/listing.txt: is a link to /dev/zero, outside the repository; copy the file into the repository instead\ningest: 1 error(s); nothing written\n');
    expect(result.code).toBe(1);
  });

  it('a named pipe, which would wait for a writer forever', async () => {
    // Git cannot hold a FIFO, so this case's fixture is made here.
    const project = await projectWith('listing.txt', async (path) => void execFileSync('mkfifo', [path]));
    const result = await ingest(project);
    expect(result.stderr).toBe('seeds/listing.txt: is a named pipe (FIFO), not a file; expected a plain text file\ningest: 1 error(s); nothing written\n');
    expect(result.code).toBe(1);
  });

  it('a file over the 20 MiB cap', async () => {
    // A sparse file: 21 MiB long, nothing on disk.
    const project = await projectWith('listing.txt', async (path) => {
      await writeFile(path, '');
      await truncate(path, 21 * 1024 * 1024);
    });
    const result = await ingest(project);
    expect(result.stderr).toBe('seeds/listing.txt: is 21.0 MiB; files are read whole, up to 20.0 MiB each: split it into smaller files\ningest: 1 error(s); nothing written\n');
    expect(result.code).toBe(1);
  });

  it('a link inside the repository is read', async () => {
    const project = await temporary('linked');
    await cp(fixture('short-abstract-only/seeds'), join(project, 'listings'), { recursive: true });
    await mkdir(join(project, 'seeds'));
    execFileSync('ln', ['-s', '../listings/listing.txt', join(project, 'seeds/listing.txt')]);
    const result = await ingest(project);
    expect(result.stderr).toBe('');
    expect(result.written).toEqual(['tiny-tokenizers.mdx']);
  });
});

describe('file names in messages are quoted like seed text', { timeout: 30_000 }, () => {
  it('a seed named with a newline and "::error" prints no line a CI runner would read as a command', async () => {
    const name = 'x\n::error file=README.md::pwned.txt';
    const project = await projectWith(name, (path) => writeFile(path, 'A Title Alone\n'));
    const result = await ingest(project);
    expect(result.stderr).toBe(
      '"seeds/x\\n::error file=README.md::pwned.txt":1:1: no papers found: expected a title (a paragraph of at most 300 characters) followed by its abstract (a paragraph of at least 100 characters), separated by a blank line\ningest: 1 error(s); nothing written\n',
    );
    expect(result.stderr.split('\n').some((line) => line.startsWith('::'))).toBe(false);
  });
});
