/**
 * `npm run build [-- ...astro build options]`: `astro build`, then, once
 * Astro's process has exited and given back its memory, Pagefind and the
 * offline service worker over its output (src/integrations/index-and-precache.ts).
 * Options go to `astro build` as they are; `--outDir X` also tells the
 * second step where the site is. BASE_PATH is read as astro.config.mjs reads it.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexAndPrecache } from '../src/integrations/index-and-precache.ts';
import { basePath } from '../src/site/base-path.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false, allowPositionals: true });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');
const astro = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');

/**
 * The heap Astro may grow to before V8 collects in earnest. Left to itself,
 * V8 let a 10,000-paper build's heap reach 1.1 GiB of which a third was live
 * (the peak came when the prerender bundle loads the content store), so the
 * process used 2 GiB. Live data stays near 450 MiB at 10,000 papers; this
 * leaves room for about three times as many.
 */
const HEAP_MIB = 1280;

const started = performance.now();
const code = await new Promise<number>((done) => {
  spawn(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, astro, 'build', ...args], { stdio: 'inherit' }).on('close', (exit) => done(exit ?? 1));
});
if (code !== 0) process.exit(code);
const astroMs = performance.now() - started;

const time = (): string => new Date().toTimeString().slice(0, 8);
try {
  const { info, warnings } = await indexAndPrecache(outDir, basePath(process.env.BASE_PATH));
  for (const line of info) console.log(`${time()} [search] ${line}`);
  for (const line of warnings) console.warn(`${time()} [search] warning: ${line}`);
} catch (error) {
  console.error(`${time()} [search] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`${time()} [build] astro build ${(astroMs / 1000).toFixed(1)} s, search and offline ${((performance.now() - started - astroMs) / 1000).toFixed(1)} s`);
