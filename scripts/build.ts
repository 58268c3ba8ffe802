/**
 * `npm run build [-- --outDir DIR] [other astro build options]`
 *
 * `astro build` into a folder beside the output folder (`.dist.building`);
 * then, once Astro's process has exited and given back its memory, Pagefind
 * and the offline service worker over that folder
 * (src/integrations/index-and-precache.ts); then a swap: only a build that
 * succeeded, search index and service worker included, replaces `dist/`.
 * A failed build leaves `dist/` as it was (so `npm run preview` never
 * serves half a site) and ends with one line per error naming the content
 * file, line and column. A build killed midway leaves only the side folder,
 * which the next build removes. Other options go to `astro build` as they
 * are. BASE_PATH is read as astro.config.mjs reads it.
 */
import { spawn } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { readBuildErrors } from '../src/checks/build-site.ts';
import { oneLineFailure } from '../src/cli/one-line-failure.ts';
import { indexAndPrecache } from '../src/integrations/index-and-precache.ts';
import { basePath } from '../src/site/base-path.ts';
import { formatMessage } from '../src/util/message.ts';
import { quotePath } from '../src/util/quote.ts';

const root = process.cwd();

/**
 * The heap Astro may grow to before V8 collects in earnest. Left to itself,
 * V8 let a 10,000-paper build's heap reach 1.1 GiB of which a third was live
 * (the peak came when the prerender bundle loads the content store), so the
 * process used 2 GiB. Live data stays near 450 MiB at 10,000 papers; this
 * leaves room for about three times as many.
 */
const HEAP_MIB = 1280;

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
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, bin, ...args], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
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
const time = (): string => new Date().toTimeString().slice(0, 8);

async function build(): Promise<number> {
  const { outDir, rest } = split(process.argv.slice(2));
  const shown = quotePath(relative(root, outDir) || '.');
  const building = join(dirname(outDir), `.${basename(outDir)}.building`);
  const old = join(dirname(outDir), `.${basename(outDir)}.old`);
  const failed = async (): Promise<number> => {
    await rm(building, { recursive: true, force: true });
    process.stderr.write(`build: failed; ${shown} is as it was before this build\n`);
    return 1;
  };
  // What a killed build left.
  await Promise.all([rm(building, { recursive: true, force: true }), rm(old, { recursive: true, force: true })]);

  const started = performance.now();
  const { code, output } = await astro(['build', ...rest, '--outDir', building]);
  if (code !== 0) {
    // One line each, `file:line:column: reason`: the fix and rule are check's to add.
    for (const message of await readBuildErrors(output, root)) process.stderr.write(`${formatMessage({ ...message, rule: undefined, fix: undefined })}\n`);
    return failed();
  }
  const astroMs = performance.now() - started;

  try {
    const { info, warnings } = await indexAndPrecache(building, basePath(process.env.BASE_PATH));
    for (const line of info) process.stdout.write(`${time()} [search] ${line}\n`);
    for (const line of warnings) process.stderr.write(`${time()} [search] warning: ${line}\n`);
  } catch (error) {
    process.stderr.write(`${time()} [search] ${error instanceof Error ? error.message : String(error)}\n`);
    return failed();
  }
  process.stdout.write(`${time()} [build] astro build ${(astroMs / 1000).toFixed(1)} s, search and offline ${((performance.now() - started - astroMs) / 1000).toFixed(1)} s\n`);

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
