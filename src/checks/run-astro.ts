import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** What an `astro` command printed (stdout and stderr together, colors removed) and how it exited. */
export interface AstroRun {
  code: number;
  output: string;
}

/**
 * Run the project's own `astro` CLI in `root` with the Node that runs this
 * script (the pinned Node 22), as `npx astro ...args` would.
 */
export function runAstro(root: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<AstroRun> {
  const bin = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
  return runNode(root, bin, args, env);
}

/** Run `npm run build -- ...args` in `root` (scripts/build.ts: `astro build`, then Pagefind and the service worker). */
export function runBuild(root: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<AstroRun> {
  return runNode(root, join(root, 'scripts/build.ts'), args, env);
}

function runNode(root: string, script: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<AstroRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: root, env: { ...env, FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) || 1 : 0, output: stripVTControlCharacters(`${stdout}\n${stderr}`) });
    });
  });
}
