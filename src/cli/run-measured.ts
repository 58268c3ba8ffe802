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
  /**
   * CPU time (user and system) of the command and every process under it,
   * milliseconds: what the work costs, less swayed than wall time by other
   * work on a shared machine. 0 where there is no /proc.
   */
  cpuMs: number;
  /** Peak resident memory of the largest single process of the tree (its VmHWM), bytes. */
  peakProcess: number;
  /** Peak of the whole tree's resident memory at one moment (sampled), bytes. */
  peakTree: number;
  /** Each process seen in the tree: its command line, its own peak (VmHWM), bytes, and its CPU time as last sampled, milliseconds. */
  processes: { command: string; peak: number; cpuMs: number }[];
}

/**
 * Run a command and watch its process tree through /proc every 500 ms: each
 * process's own peak (VmHWM, which the kernel keeps, so a spike between two
 * samples still counts), its CPU time, and the tree's total memory at any
 * sample. Sampling scans all of /proc, so it is kept sparse: on a 2-core
 * machine a 50 ms scan took a fifth of a core from the build it measured.
 * Where there is no /proc (not Linux), the figures are 0.
 */
export async function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  const started = performance.now();
  const cpuBefore = await childrenCpu();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...(options.env ?? process.env), FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const peaks = new Map<number, { command: string; peak: number; cpuMs: number }>();
  let peakTree = 0;
  let sampling = Promise.resolve();
  const sampler = setInterval(() => {
    sampling = sampling.then(async () => {
      const sizes = await treeMemory(child.pid ?? -1);
      for (const size of sizes) {
        const known = peaks.get(size.pid);
        // A process's command line reads empty while it exits: keep the one seen before.
        peaks.set(size.pid, { command: known?.command || size.command, peak: Math.max(known?.peak ?? 0, size.hwm), cpuMs: Math.max(known?.cpuMs ?? 0, size.cpuMs) });
      }
      peakTree = Math.max(peakTree, sizes.reduce((total, size) => total + size.rss, 0));
    });
  }, 500);
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  clearInterval(sampler);
  await sampling;
  const ms = performance.now() - started;
  const cpuMs = (await childrenCpu()) - cpuBefore;
  const processes = [...peaks.values()].sort((a, b) => b.peak - a.peak);
  return { code, output: stripVTControlCharacters(output), ms, cpuMs, peakProcess: processes[0]?.peak ?? 0, peakTree, processes };
}

/**
 * CPU time, milliseconds, of this process's children that have exited and
 * been waited for, their own waited-for children included: `cutime` and
 * `cstime` of /proc/self/stat, in clock ticks of 1/100 s (USER_HZ, 100 on
 * Linux). Its growth over a run is the run's whole CPU time.
 */
export async function childrenCpu(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3 of stat(5), so cutime (16) and cstime (17) are at 13 and 14 here.
  return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) * 10;
}

/** Current and peak resident bytes and CPU time so far of a process and each of its descendants, with their command lines. */
async function treeMemory(rootPid: number): Promise<{ pid: number; command: string; rss: number; hwm: number; cpuMs: number }[]> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((pid) => /^\d+$/.test(pid));
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  await Promise.all(
    pids.map(async (pid) => {
      // stat(5) after the command name: state, ppid, ..., utime and stime (fields 14 and 15) in ticks of 10 ms.
      const fields = (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ')  ')).replace(/^[^]*\) /, '').split(' ');
      const ppid = Number(fields[1]);
      if (ppid) parents.set(Number(pid), ppid);
      cpu.set(Number(pid), (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10);
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
      return { pid, command, rss: kib('VmRSS'), hwm: kib('VmHWM'), cpuMs: cpu.get(pid) ?? 0 };
    }),
  );
}
