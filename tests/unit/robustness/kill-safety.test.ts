import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../ingest/run-cli.ts';

const script = new URL('../../../scripts/ingest.ts', import.meta.url).pathname;
const PAPERS = 2_000;

/** A synthetic listing of 2,000 papers; `version` changes every abstract, and which papers are listed. */
function listing(version: number): string {
  const papers: string[] = [];
  // Each version drops the first 100 papers of the one before and adds 100 new ones.
  for (let index = version * 100; index < version * 100 + PAPERS; index++) {
    papers.push(
      `Synthetic Paper ${index}: Autoregressive Decoding at Scale\n\n` +
        `Version ${version} of this abstract: we study synthetic paper ${index} and how a causal transformer predicts the next token. ` +
        'Our analysis covers images, speech and text, and shows that the same training recipe transfers across all three with only small changes to the tokenizer.\n',
    );
  }
  return papers.join('\n');
}

/** Every file of the output folder by name, with its text (the work folder and the lock apart). */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const)));
}

/** Start a writing ingest and SIGKILL it as soon as `ready()` holds; resolves with the signal that ended it. */
function killWhen(cwd: string, ready: () => boolean): Promise<NodeJS.Signals | null> {
  const child: ChildProcess = spawn(process.execPath, [script], { cwd, stdio: 'ignore' });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 120_000;
  // Poll in a tight loop, not on a timer: the moment to catch can be a few milliseconds long.
  const poll = (): void => {
    // A thousand looks, then a turn of the event loop, which notices when the child has exited.
    for (let looks = 0; looks < 1_000 && child.exitCode === null && Date.now() < deadline; looks++) {
      if (ready()) return void child.kill('SIGKILL');
    }
    if (child.exitCode === null && Date.now() < deadline) setImmediate(poll);
  };
  setImmediate(poll);
  return ended;
}

/** Start a writing ingest; `done` gives its exit code and what it printed. */
function start(cwd: string): { pid: number; done: Promise<{ code: number | null; stdout: string }> } {
  const child = spawn(process.execPath, [script], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  return { pid: child.pid!, done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout }))) };
}

const entries = (path: string): string[] => (existsSync(path) ? readdirSync(path) : []);

describe('a writing ingest killed with SIGKILL, then run again', { timeout: 600_000 }, () => {
  let project: string;
  let out: string;
  let seed: string;
  const folders: string[] = [];

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'ar-atlas-kill-'));
    folders.push(project);
    out = join(project, 'content/papers');
    seed = join(project, 'seeds/synthetic.txt');
    await mkdir(join(project, 'seeds'));
    await writeFile(seed, listing(0));
    const first = await runCli([], project);
    expect(first.stderr).toBe('');
    expect((await readdir(out)).length).toBe(PAPERS);
  }, 300_000);

  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it('killed while staging its files, leaves every paper file as it was; the next run removes what it staged', async () => {
    const before = await snapshot(out);
    await writeFile(seed, listing(1));
    const signal = await killWhen(project, () => entries(join(out, '.ingest/staged')).length >= 50);
    expect(signal).toBe('SIGKILL');
    expect(await snapshot(out)).toEqual(before);
    expect(entries(join(out, '.ingest/staged')).length).toBeGreaterThanOrEqual(50);
    expect(existsSync(join(out, '.ingest.lock'))).toBe(true);

    const next = await runCli([], project);
    const [tookOver, recovered, summary] = next.stdout.trimEnd().split('\n');
    expect(tookOver).toMatch(/^ingest: took over content\/papers\/\.ingest\.lock from process \d+, started \S+, which no longer runs$/);
    expect(recovered).toMatch(/^ingest: content\/papers was left as it was by an ingest killed before it changed anything; removed its \d+ staged file\(s\)$/);
    expect(summary).toBe('ingest: 2000 papers; 100 created, 1900 updated, 0 unchanged, 0 kept, 100 removed');
    expect(next.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([...(await snapshot(out)).keys()]);
  });

  it('killed while moving its files into place, is finished by the next run; until then --check says so', async () => {
    await writeFile(seed, listing(2));
    const journal = join(out, '.ingest/journal.json');
    const signal = await killWhen(project, () => existsSync(journal));
    expect(signal).toBe('SIGKILL');
    expect(existsSync(journal)).toBe(true);

    const check = await runCli(['--check'], project);
    expect(check.stderr).toBe(
      'content/papers/.ingest: an ingest was killed while it moved its files into content/papers; run `npm run ingest` to finish it\ningest: 1 error(s); nothing written\n',
    );
    expect(check.code).toBe(1);

    // The next run finishes it; meanwhile a second writing run is refused, and the lock names its holder.
    const finishing = start(project);
    let lock = '';
    for (let tries = 0; tries < 2_400 && !lock.includes(`"pid":${finishing.pid},`); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      lock = await readFile(join(out, '.ingest.lock'), 'utf8').catch(() => '');
    }
    const refused = await runCli([], project);
    const next = await finishing.done;
    expect(refused.stderr).toBe(
      `content/papers/.ingest.lock: another ingest (process ${finishing.pid}, started ${(JSON.parse(lock) as { started: string }).started}) is writing content/papers; wait for it to finish and run again. If no ingest is running, delete content/papers/.ingest.lock\n`,
    );
    expect(refused.code).toBe(1);

    const [tookOver, recovered, summary] = next.stdout.trimEnd().split('\n');
    expect(tookOver).toMatch(/^ingest: took over content\/papers\/\.ingest\.lock from process \d+/);
    expect(recovered).toBe('ingest: finished the interrupted ingest of content/papers: 2000 file(s) written, 100 removed');
    // Planned after the recovery: every file is what the seed gives, as `--check` would say.
    expect(summary).toBe('ingest: 2000 papers; 0 created, 0 updated, 2000 unchanged, 0 kept, 0 removed');
    expect(next.code).toBe(0);
    expect((await readdir(out)).filter((name) => !name.endsWith('.mdx'))).toEqual([]);
  });
});
