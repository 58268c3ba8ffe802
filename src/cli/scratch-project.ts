import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../checks/run-astro.ts';

const root = new URL('../..', import.meta.url).pathname;

/** What a scratch copy holds: everything `npm run build` and `npm run ingest` read. */
const entries = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'seeds', 'scripts'];

/**
 * A scratch copy of the project in a temporary folder, for tests that
 * change content (rename a paper, add a note) or settings and build the
 * result without touching the working tree. Its node_modules is a folder of
 * links to each installed package, not one link to the whole folder: Astro
 * keeps its content cache in node_modules/.astro, and a copy that shared the
 * project's cache would read (and write) other builds' papers.
 */
export async function scratchProject(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ar-atlas-${name}-`));
  for (const entry of entries) await cp(join(root, entry), join(dir, entry), { recursive: true });
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    await symlink(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/**
 * The environment a child build should see. Vitest puts Vite's own
 * variables (BASE_URL, MODE, NODE_ENV, ...) into the test process; a build
 * that inherited them would take BASE_URL as its base, so they are left out.
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, NODE_ENV: _nodeEnv, ...inherited } = process.env;
  return { ...inherited, ...env };
}

/** `npm run build` in a scratch project, returning what it printed; throws with the end of its output, minus Astro's known noise. */
export async function buildProject(project: string, env: Record<string, string> = {}): Promise<string> {
  const { code, output } = await runBuild(project, [], buildEnv(env));
  if (code === 0) return output;
  const tail = output.split('\n').filter((line) => !/MODULE_LEVEL|^\s*[│╭╰─]|^ *\d+ │|rolldown/.test(line)).slice(-40);
  throw new Error(`astro build failed in ${project}:\n${tail.join('\n')}`);
}
