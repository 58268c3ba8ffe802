import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const inject = new URL('./inject-fs-error.ts', import.meta.url).pathname;
const fixture = (name: string): string => new URL(`../../fixtures/${name}`, import.meta.url).pathname;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run `npm run <command>`'s script in `cwd` with the file system failing as
 * `failure` says (see inject-fs-error.ts): as root, a chmod would not stop
 * these tests from writing, and a full disk is not at hand.
 */
function run(command: 'ingest' | 'check', args: string[], cwd: string, failure?: Record<string, string>): Promise<Run> {
  const script = join(root, `scripts/${command}.ts`);
  return new Promise((resolve) => {
    execFile(process.execPath, [...(failure ? ['--import', inject] : []), script, ...args], { cwd, env: { ...process.env, ...failure } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A copy of a fixture folder to write into. */
async function copyOf(name: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), `ar-atlas-${name}-`));
  folders.push(folder);
  await cp(fixture(name), folder, { recursive: true });
  return folder;
}

describe('a full disk, a read-only folder, a seed that is a folder: one line `file: reason`, no stack trace', { timeout: 60_000 }, () => {
  it('ingest on a disk that fills up midway names the file it could not write, writes nothing and leaves nothing behind', async () => {
    const project = await copyOf('check-ingest-clean');
    const papers = join(project, 'content/papers');
    for (const name of await readdir(papers)) await rm(join(papers, name));
    // The third of three new files fails, after two were written to the staging folder.
    const result = await run('ingest', [], project, { INJECT_FS_ERROR: 'ENOSPC', INJECT_FS_PATH: '/.ingest/staged/speech-one-token-at-a-time.mdx' });
    expect(result.stderr).toBe('content/papers/speech-one-token-at-a-time.mdx: no space left on the device; free some space and run again (ENOSPC); nothing was written\n');
    expect(result.code).toBe(1);
    expect(await readdir(papers)).toEqual([]);
  });

  it('ingest in a read-only folder says so at its first write', async () => {
    const project = await copyOf('check-ingest-clean');
    const result = await run('ingest', [], project, { INJECT_FS_ERROR: 'EROFS', INJECT_FS_PATH: 'content/papers' });
    expect(result.stderr).toBe('content/papers: the file system is read-only; run from a writable copy of the repository (EROFS)\n');
    expect(result.code).toBe(1);
  });

  it('ingest without permission to write says so', async () => {
    const project = await copyOf('check-ingest-clean');
    const result = await run('ingest', [], project, { INJECT_FS_ERROR: 'EACCES', INJECT_FS_PATH: 'content/papers' });
    expect(result.stderr).toBe('content/papers: permission denied; make it readable and writable for you, or run from a copy you own (EACCES)\n');
    expect(result.code).toBe(1);
  });

  it('check in a folder it may not read says which', async () => {
    const project = await copyOf('check-ingest-clean');
    const result = await run('check', ['--quick'], project, { INJECT_FS_ERROR: 'EACCES', INJECT_FS_PATH: 'content/papers', INJECT_FS_READS: '1' });
    expect(result.stderr).toBe('content/papers: permission denied; make it readable and writable for you, or run from a copy you own (EACCES)\n');
    expect(result.code).toBe(1);
  });

  it('check and ingest --check on a seed that is a folder name it', async () => {
    const project = await copyOf('seed-is-a-directory');
    const check = await run('check', ['--quick'], project);
    expect(check.stderr).toBe(
      'seeds/listing.txt: is a folder, not a file; expected a plain text file [ingest]\n' +
        '  fix: edit the seed listing as the message says (a title line, a blank line, its abstract paragraph), then run `npm run ingest`\n' +
        'check: 1 problem(s); each names its file and the fix\n',
    );
    expect(check.code).toBe(1);
    const ingest = await run('ingest', ['--check'], project);
    expect(ingest.stderr).toBe('seeds/listing.txt: is a folder, not a file; expected a plain text file\ningest: 1 error(s); nothing written\n');
  });

  it('nothing above printed a stack trace', async () => {
    const project = await copyOf('check-ingest-clean');
    const result = await run('ingest', [], project, { INJECT_FS_ERROR: 'ENOSPC', INJECT_FS_PATH: '/.ingest/' });
    expect(result.stderr).not.toMatch(/\n\s+at |node:internal/);
    expect(await readFile(join(project, 'content/papers/fast-decoding-with-drafts.mdx'), 'utf8')).toMatch(/^---\n/);
  });
});
