import { childrenCpu } from '../../src/cli/run-measured.ts';

/**
 * Run `work` and return its result with the processor time (user and
 * system, seconds) this process spent on it. Tests bound processor time,
 * never wall time: engineers share the two-core machine the tests run on,
 * and under their load the wall clock runs several times slower than the
 * work, while the processor time of a quadratic pass or a backtracking
 * expression still grows by orders of magnitude.
 */
export function cpuTime<T>(work: () => T): { result: T; seconds: number } {
  const started = process.cpuUsage();
  const result = work();
  const { user, system } = process.cpuUsage(started);
  return { result, seconds: (user + system) / 1e6 };
}

/**
 * The same for child processes: run `work`, which starts commands and waits
 * for them to exit, and return the processor time they used (Linux: from
 * /proc, see src/cli/run-measured.ts; 0 elsewhere).
 */
export async function childCpuTime<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = await childrenCpu();
  const result = await work();
  return { result, seconds: ((await childrenCpu()) - started) / 1000 };
}
