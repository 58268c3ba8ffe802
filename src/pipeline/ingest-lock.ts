import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file, in the output folder: `content/papers/.ingest.lock`. */
export const LOCK_NAME = '.ingest.lock';

/** Who holds a lock: what the lock file says. */
interface Holder {
  pid: number;
  host: string;
  started: string;
}

/** Another ingest is writing the same folder; `message` says which, and what to do. */
export class IngestLockHeld extends Error {
  override name = 'IngestLockHeld';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(path: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(path, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host, started: String(holder.started) } : undefined;
  } catch {
    // Unreadable or half-written (its writer was killed while writing it): nobody holds it.
    return undefined;
  }
}

/** A holder that is certainly gone: a process of this machine that no longer runs, or no holder at all. */
const gone = (holder: Holder | undefined): boolean => !holder || (holder.host === hostname() && !isRunning(holder.pid));

export interface IngestLock {
  /** Set when the lock was taken over from a run that was killed: says whose. */
  tookOver: string | undefined;
  release(): Promise<void>;
}

/**
 * Hold the output folder for one writing run, so two ingests cannot
 * interleave their files. The lock is a file created only if it does not
 * exist (O_EXCL) holding the process id, host and start time. A lock whose
 * process no longer runs on this machine was left by a killed run and is
 * taken over; a lock of a running process, or of another machine, is not.
 * @param shown the folder as messages name it (`content/papers`).
 * @throws IngestLockHeld naming the lock file, its holder and what to do.
 */
export async function acquireIngestLock(outDir: string, shown: string): Promise<IngestLock> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, LOCK_NAME);
  const mine: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const release = async (): Promise<void> => {
    if ((await holderOf(path))?.pid === mine.pid) await rm(path, { force: true });
  };
  let tookOver: string | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return { tookOver, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await holderOf(path);
    if (!gone(holder)) {
      const where = holder!.host === mine.host ? `process ${holder!.pid}` : `process ${holder!.pid} on ${holder!.host}`;
      throw new IngestLockHeld(
        `${shown}/${LOCK_NAME}: another ingest (${where}, started ${holder!.started}) is writing ${shown}; wait for it to finish and run again. If no ingest is running, delete ${shown}/${LOCK_NAME}`,
      );
    }
    // Move the stale lock aside rather than delete it: of two runs taking it over at once, one rename wins.
    const aside = `${path}.stale-${process.pid}`;
    try {
      await rename(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = await holderOf(aside);
    // Between reading and moving it, another run may have taken it over: give that lock back.
    if (!gone(moved)) await link(aside, path).catch(() => undefined);
    else tookOver = moved ? `process ${moved.pid}, started ${moved.started}, which no longer runs` : 'a run killed while taking it';
    await rm(aside, { force: true });
  }
  throw new IngestLockHeld(`${shown}/${LOCK_NAME}: could not take the lock; run again, or delete ${shown}/${LOCK_NAME} if no ingest is running`);
}
