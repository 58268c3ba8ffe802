/**
 * `npm run build [-- --outDir DIR] [other astro build options]`
 *
 * `astro build` into a folder beside the output folder (`.dist.building`),
 * then a swap: only a build that succeeded, Pagefind index and service
 * worker included, replaces `dist/`. A failed build leaves `dist/` as it was
 * (so `npm run preview` never serves half a site) and ends with one line per
 * error naming the content file, line and column. A build killed midway
 * leaves only the side folder, which the next build removes.
 */
import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { readBuildErrors } from '../src/checks/build-site.ts';
import { oneLineFailure } from '../src/cli/one-line-failure.ts';
import { quotePath } from '../src/util/quote.ts';

const root = process.cwd();

/** The output folder the caller asked for, and the other arguments for astro. */
function split(argv: readonly string[]): { outDir: string; rest: string[] } {
  const rest: string[] = [];
  let outDir = 'dist';
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--outDir' && argv[index + 1] !== undefined) outDir = argv[++index]!;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir: resolve(root, outDir), rest };
}

/** Run astro, showing its output as it comes and keeping it (colors removed) to read the errors from. */
function astro(args: readonly string[]): Promise<{ code: number; output: string }> {
  const bin = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    output += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    output += chunk;
  });
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? 1, output: stripVTControlCharacters(output) })));
}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

async function build(): Promise<number> {
  const { outDir, rest } = split(process.argv.slice(2));
  const shown = quotePath(relative(root, outDir) || '.');
  const building = join(dirname(outDir), `.${basename(outDir)}.building`);
  const old = join(dirname(outDir), `.${basename(outDir)}.old`);
  // What a killed build left.
  await Promise.all([rm(building, { recursive: true, force: true }), rm(old, { recursive: true, force: true })]);

  const { code, output } = await astro(['build', ...rest, '--outDir', building]);
  if (code !== 0) {
    await rm(building, { recursive: true, force: true });
    for (const message of await readBuildErrors(output, root)) {
      const place = message.line === undefined ? message.file : `${message.file}:${message.line}:${message.column ?? 1}`;
      process.stderr.write(`${place}: ${message.reason}\n`);
    }
    process.stderr.write(`build: failed; ${shown} is as it was before this build\n`);
    return 1;
  }
  // Two renames: at no moment is there a half-written output folder. (Killed between them, there is none until the next build.)
  if (await exists(outDir)) await rename(outDir, old);
  await rename(building, outDir);
  await rm(old, { recursive: true, force: true });
  process.stdout.write(`build: the site is in ${shown}\n`);
  return 0;
}

try {
  process.exitCode = await build();
} catch (error) {
  const line = oneLineFailure(error);
  if (line === undefined) throw error;
  process.stderr.write(`${line}\n`);
  process.exitCode = 1;
}
