import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { buildEnv } from '../../src/cli/scratch-project.ts';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/** Sites the tests read: the same `npm run build` a reader's host runs. */
export interface BuiltSites {
  /** Built with no BASE_PATH: served from `/`. */
  root: string;
  /** Built with BASE_PATH=/atlas/: served from `/atlas/`. */
  atlas: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSites;
  }
}

async function buildSite(outDir: string, basePath: string | undefined): Promise<void> {
  const env = buildEnv({ BASE_PATH: basePath ?? '' });
  // Sequential on purpose: builds share Astro's content cache in .astro/.
  await run('npm', ['run', 'build', '--', '--outDir', outDir], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'ar-atlas-sites-'));
  const sites: BuiltSites = { root: join(dir, 'root'), atlas: join(dir, 'atlas') };
  await buildSite(sites.root, undefined);
  await buildSite(sites.atlas, '/atlas/');
  project.provide('sites', sites);
  return () => rm(dir, { recursive: true, force: true });
}
