import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A global setup of both projects: the run gets its own temporary folder as
 * TMPDIR, removed when the run ends. It is set in vitest's main process,
 * before the test workers start, so they and every command they spawn
 * inherit it (a worker's process.env is not the environment os.tmpdir()
 * reads). The scratch projects, fixture copies, built sites and browser
 * profiles the tests make land in it, so a run leaves nothing behind, even
 * where a test fails before its own clean-up.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'ar-atlas-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    rmSync(folder, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
