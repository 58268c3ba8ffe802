import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { IngestPlan } from './plan-ingest.ts';

/**
 * Write a plan all or nothing: refuse a plan with errors; write every new
 * file to a temporary name first, and only when all of them are on disk
 * rename them into place (a rename within one folder is atomic), then
 * remove stale files. If a write fails, the temporary files are removed and
 * the folder is as it was.
 */
export async function writePlan(plan: IngestPlan): Promise<void> {
  const errors = plan.messages.filter((message) => message.severity === 'error');
  if (errors.length) throw new Error(`refusing to write: ${errors.length} error(s) in the ingest plan`);
  const writes = plan.files.filter((file) => file.text !== undefined);
  await mkdir(plan.outDir, { recursive: true });
  const staged: Array<{ temp: string; target: string }> = [];
  try {
    for (const file of writes) {
      const target = join(plan.outDir, basename(file.path));
      const temp = join(plan.outDir, `.${basename(file.path)}.${process.pid}.tmp`);
      staged.push({ temp, target });
      await writeFile(temp, file.text!, { flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, target } of staged) await rename(temp, target);
  for (const file of plan.files.filter((entry) => entry.status === 'removed')) await rm(join(plan.outDir, basename(file.path)));
}
