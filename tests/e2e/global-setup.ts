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
  /** What `npm run build` printed for the root site (stdout and stderr), as a contributor sees it. */
  rootLog: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSites;
  }
}

async function buildSite(outDir: string, basePath: string | undefined): Promise<string> {
  // No SITE_URL, as a contributor builds: the sites fall back to the preview address.
  const { SITE_URL: _site, ...env } = buildEnv({ BASE_PATH: basePath ?? '', FORCE_COLOR: '0' });
  // Sequential on purpose: builds share Astro's content cache in .astro/.
  const { stdout, stderr } = await run('npm', ['run', 'build', '--', '--outDir', outDir], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
  return `${stdout}\n${stderr}`;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'ar-atlas-sites-'));
  const rootDir = join(dir, 'root');
  const rootLog = await buildSite(rootDir, undefined);
  const sites: BuiltSites = { root: rootDir, atlas: join(dir, 'atlas'), rootLog };
  await buildSite(sites.atlas, '/atlas/');
  project.provide('sites', sites);
  return () => rm(dir, { recursive: true, force: true });
}
