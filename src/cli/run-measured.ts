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
  /** Each process seen in the tree: its command line and its own peak (VmHWM), bytes. */
  processes: { command: string; peak: number }[];
}

/**
 * Run a command and watch its process tree through /proc every 250 ms: each
 * process's own peak (VmHWM, which the kernel keeps, so a spike between two
 * samples still counts) and the tree's total at any sample. Sampling scans
 * /proc, so it is kept sparse: on a 2-core machine a 50 ms scan took a
 * fifth of a core from the build it measured. Where there is no /proc (not
 * Linux), the peaks are 0.
 */
export async function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...(options.env ?? process.env), FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const peaks = new Map<number, { command: string; peak: number }>();
  let peakTree = 0;
  let sampling = Promise.resolve();
  const sampler = setInterval(() => {
    sampling = sampling.then(async () => {
      const sizes = await treeMemory(child.pid ?? -1);
      for (const size of sizes) peaks.set(size.pid, { command: size.command, peak: Math.max(peaks.get(size.pid)?.peak ?? 0, size.hwm) });
      peakTree = Math.max(peakTree, sizes.reduce((total, size) => total + size.rss, 0));
    });
  }, 250);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  clearInterval(sampler);
  await sampling;
  const processes = [...peaks.values()].sort((a, b) => b.peak - a.peak);
  return { code, output: stripVTControlCharacters(output), ms: performance.now() - started, peakProcess: processes[0]?.peak ?? 0, peakTree, processes };
}

/** Current and peak resident bytes of a process and each of its descendants, with their command lines. */
async function treeMemory(rootPid: number): Promise<{ pid: number; command: string; rss: number; hwm: number }[]> {
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
      const command = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0').filter(Boolean).join(' ');
      const kib = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
      return { pid, command, rss: kib('VmRSS'), hwm: kib('VmHWM') };
    }),
  );
}
