import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { IngestPlan } from './plan-ingest.ts';

/**
 * A writing run's own folder inside the output folder: `staged/` holds the
 * new files until all of them are on disk, and `journal.json`, written last,
 * lists the moves and removals that make the folder the new one.
 */
export const WORK_DIR = '.ingest';
const STAGED = 'staged';
const JOURNAL = 'journal.json';

/** Staging failed (a full disk, a read-only folder): the folder is as it was. `path` is the paper file that could not be written. */
export class WriteAborted extends Error {
  override name = 'WriteAborted';
  readonly path: string;
  constructor(path: string, cause: unknown) {
    super(`${path}: ${String(cause)}`, { cause });
    this.path = path;
  }
}

/** What the journal holds: file names in the output folder. */
interface Journal {
  /** Files in `staged/` to rename into the output folder, replacing what is there. */
  moves: string[];
  /** Files of the output folder to delete. */
  removals: string[];
}

/** Temporary files of ingest versions before the journal: `.<slug>.mdx.<pid>.tmp`, left by a killed run. */
const OLD_TEMPORARY = /^\..+\.mdx\.\d+\.tmp$/;

const exists = (path: string): Promise<boolean> => readdir(path).then(() => true, () => false);

/** Carry out a journal; every step can run twice, so a run killed halfway through it can be finished by the next. */
async function apply(outDir: string, journal: Journal): Promise<void> {
  const work = join(outDir, WORK_DIR);
  for (const name of journal.moves) {
    await rename(join(work, STAGED, name), join(outDir, name)).catch((error: NodeJS.ErrnoException) => {
      // Moved already, before the run that wrote the journal was killed.
      if (error.code !== 'ENOENT') throw error;
    });
  }
  for (const name of journal.removals) await rm(join(outDir, name), { force: true });
  await rm(work, { recursive: true, force: true });
}

/** True when a run was killed after its journal was written: the folder is then half old, half new until the next run finishes it. */
export function isWriteInterrupted(outDir: string): Promise<boolean> {
  return readFile(join(outDir, WORK_DIR, JOURNAL)).then(() => true, () => false);
}

/**
 * Put the output folder in a whole state after a run that was killed: a
 * run with a journal is finished (its files were all staged), a run without
 * one is undone by deleting what it staged; temporary files of older ingest
 * versions go too. Call it holding the ingest lock, before planning.
 * @returns one line saying what was done, or undefined when there was nothing to do.
 */
export async function recoverWrite(outDir: string, shown: string): Promise<string | undefined> {
  const work = join(outDir, WORK_DIR);
  const old = (await readdir(outDir).catch(() => [] as string[])).filter((name) => OLD_TEMPORARY.test(name));
  for (const name of old) await rm(join(outDir, name), { force: true });
  const oldNote = old.length ? `; removed ${old.length} temporary file(s) of an older ingest` : '';
  const journal = await readFile(join(work, JOURNAL), 'utf8').then((text) => JSON.parse(text) as Journal, () => undefined);
  if (journal) {
    await apply(outDir, journal);
    return `ingest: finished the interrupted ingest of ${shown}: ${journal.moves.length} file(s) written, ${journal.removals.length} removed${oldNote}`;
  }
  if (await exists(work)) {
    const staged = (await readdir(join(work, STAGED)).catch(() => [] as string[])).length;
    await rm(work, { recursive: true, force: true });
    return `ingest: ${shown} was left as it was by an ingest killed before it changed anything; removed its ${staged} staged file(s)${oldNote}`;
  }
  return old.length ? `ingest: removed ${old.length} temporary file(s) an older ingest left in ${shown}` : undefined;
}

/**
 * Write a plan all or nothing, even if the run is killed (SIGKILL, not a
 * power cut: nothing is synced to disk). Every new file is first written to
 * `.ingest/staged/`; only when all are there is the journal written (to a
 * temporary name, then renamed, so it is whole or absent). Then the files
 * are renamed into place and stale ones removed. Killed before the journal
 * exists, the folder is untouched and the next run deletes the staged
 * files; killed after, the next run finishes the journal (`recoverWrite`).
 * A failed write (a full disk) deletes what was staged and changes nothing.
 */
export async function writePlan(plan: IngestPlan): Promise<void> {
  const errors = plan.messages.filter((message) => message.severity === 'error');
  if (errors.length) throw new Error(`refusing to write: ${errors.length} error(s) in the ingest plan`);
  if (await isWriteInterrupted(plan.outDir)) throw new Error(`refusing to write: an interrupted ingest of ${plan.outDir} must be finished first (recoverWrite)`);
  const journal: Journal = {
    moves: plan.files.filter((file) => file.text !== undefined).map((file) => basename(file.path)),
    removals: plan.files.filter((file) => file.status === 'removed').map((file) => basename(file.path)),
  };
  if (!journal.moves.length && !journal.removals.length) return;
  const work = join(plan.outDir, WORK_DIR);
  let writing = join(plan.outDir, WORK_DIR);
  try {
    await rm(work, { recursive: true, force: true });
    await mkdir(join(work, STAGED), { recursive: true });
    for (const file of plan.files) {
      if (file.text === undefined) continue;
      writing = join(plan.outDir, basename(file.path));
      await writeFile(join(work, STAGED, basename(file.path)), file.text, { flag: 'wx' });
    }
    writing = join(work, JOURNAL);
    await writeFile(join(work, `${JOURNAL}.tmp`), JSON.stringify(journal));
    await rename(join(work, `${JOURNAL}.tmp`), join(work, JOURNAL));
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw new WriteAborted(writing, error);
  }
  await apply(plan.outDir, journal);
}
