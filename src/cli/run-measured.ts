import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { stripVTControlCharacters } from 'node:util';

/** What a measured command did. */
export interface MeasuredRun {
  code: number;
  /** stdout and stderr together, colors removed. */
  output: string;
  /** Wall time, milliseconds. */
  ms: number;
  /** Peak resident memory of the largest single process of the tree (its VmHWM), bytes. */
  peakProcess: number;
  /** Peak of the whole tree's resident memory at one moment (sampled), bytes. */
  peakTree: number;
}

/**
 * Run a command and watch its process tree through /proc every 50 ms: the
 * largest process's own peak (VmHWM, which the kernel keeps, so a short
 * spike between samples still counts) and the tree's total at any sample.
 * Where there is no /proc (not Linux), both peaks are 0.
 */
export async function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...(options.env ?? process.env), FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakProcess = 0;
  let peakTree = 0;
  let sampling = Promise.resolve();
  const sampler = setInterval(() => {
    sampling = sampling.then(async () => {
      const sizes = await treeMemory(child.pid ?? -1);
      peakProcess = Math.max(peakProcess, ...sizes.map((size) => size.hwm));
      peakTree = Math.max(peakTree, sizes.reduce((total, size) => total + size.rss, 0));
    });
  }, 50);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  clearInterval(sampler);
  await sampling;
  return { code, output: stripVTControlCharacters(output), ms: performance.now() - started, peakProcess, peakTree };
}

/** Current and peak resident bytes of a process and each of its descendants. */
async function treeMemory(rootPid: number): Promise<{ rss: number; hwm: number }[]> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((pid) => /^\d+$/.test(pid));
  const parents = new Map<number, number>();
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid) parents.set(Number(pid), ppid);
    }),
  );
  const tree = [...parents.keys()].filter((pid) => {
    for (let at: number | undefined = pid; at; at = parents.get(at)) if (at === rootPid) return true;
    return false;
  });
  return Promise.all(
    tree.map(async (pid) => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      const kib = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
      return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
    }),
  );
}
