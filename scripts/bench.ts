/**
 * `npm run bench [-- --papers N] [--base /atlas/] [--dist DIR]`: measure
 * what the build costs and what a reader pays, and print it. Without
 * `--dist` it works in a scratch copy of the project: it writes the seed
 * listing (or, with `--papers N`, a deterministic synthetic corpus of N
 * papers recombined from it, src/cli/synthetic-listing.ts) into `seeds/`,
 * runs ingest into an empty `content/papers/`, then each command of
 * `npm run build` in turn, timing each and watching each process's memory,
 * then builds again with one paper changed. Then it serves the site
 * gzip-compressed like a static host and drives Debian's Chromium, counting
 * bytes from CDP network events (`Network.loadingFinished.encodedDataLength`:
 * body and headers as received). Service workers are blocked while
 * measuring, so every byte is a network byte. It prints figures, and a
 * Markdown summary for BENCHMARKS.md, and never fails on them; it exits 1
 * only when it cannot measure (a stage fails, no Chromium).
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { runMeasured, type MeasuredRun } from '../src/cli/run-measured.ts';
import { syntheticListing } from '../src/cli/synthetic-listing.ts';
import { basePath } from '../src/site/base-path.ts';
import { launchChromium } from '../src/cli/launch-chromium.ts';
import { serveSite, type ServedSite } from '../src/cli/serve-site.ts';
import { buildEnv, scratchProject } from '../src/cli/scratch-project.ts';

const KiB = 1024;
const budgets = { latency: 300, firstVisit: 14 * KiB, workerInstall: 1.5 * KiB * KiB };
/**
 * Search bytes over the wire (issue 13): a first search within 120 KiB on a
 * site of about a hundred papers and within 200 KiB at 10,000 (Pagefind's
 * metadata grows with every paper); each later search within 30 KiB.
 */
const searchBudgets = (papers: number) => ({ first: (papers <= 1000 ? 120 : 200) * KiB, later: 30 * KiB });
/** The first search, then searches a reader might make next. */
const firstQuery = 'speculative decoding';
const laterQueries = ['FastSpeech', 'OLMo', 'diffusion', 'tokenizer'];
/** Delay between keystrokes: a quick typist (about 100 words a minute). */
const keyDelay = 100;

const root = new URL('..', import.meta.url).pathname;

/** Figures gathered along the way, for the summary table. */
const summary: [string, string][] = [];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: 'string' }, dist: { type: 'string' }, base: { type: 'string' } } });
  const base = basePath(values.base ?? process.env.BASE_PATH);
  const papers = values.papers === undefined ? undefined : Number(values.papers);
  if (papers !== undefined && !(Number.isInteger(papers) && papers > 0)) throw new Error(`--papers ${values.papers}: expected a whole number of papers, e.g. --papers 2000`);
  const startedOn = `load average ${loadavg().map((value) => value.toFixed(2)).join(', ')}`;
  section('Machine');
  row('', machine());
  let dist = values.dist;
  let scratch: string | undefined;
  /** Papers on the measured site, as its papers.json lists them (a `--dist` site says nothing else of its size). */
  let sitePapers = 0;
  try {
    if (!dist) {
      scratch = await scratchProject('bench');
      dist = join(scratch, 'dist');
      await buildStages(scratch, papers, base);
    }
    await distFigures(dist);

    section(`First visit, compressed (HTML with its inlined CSS; budget ${kib(budgets.firstVisit)})`);
    const pages = await pageSizes(dist, base);
    for (const kind of pages) {
      const mark = kind.maxGzip <= budgets.firstVisit ? 'ok' : 'OVER';
      row(kind.kind, `${kind.count} page(s), largest gzip ${kib(kind.maxGzip)}, brotli ${kib(kind.largestBrotli)} (${kind.largest}) ${mark}`);
    }
    const largest = [...pages].sort((a, b) => b.maxGzip - a.maxGzip)[0];
    if (largest) summary.push(['first visit, largest page (gzip)', `${kib(largest.maxGzip)} (${largest.kind}); paper ${kib(pages.find((kind) => kind.kind === 'paper')?.maxGzip ?? 0)}`]);

    const site = await serveSite(dist, base);
    const chromium = await launchChromium();
    try {
      await readingPages(chromium.browser, site, pages);
      sitePapers = (JSON.parse(await readFile(join(dist, 'papers.json'), 'utf8')) as unknown[]).length;
      await searchBytes(chromium.browser, site, searchBudgets(sitePapers), sitePapers);
      await installedSearches(chromium.browser, site, dist);
      await latency(chromium.browser, site);
    } finally {
      await chromium.close();
      await site.close();
    }
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  section('Summary (Markdown, for BENCHMARKS.md)');
  const source = values.dist ? ` (${values.dist})` : papers === undefined ? ' (the seed)' : '';
  console.log(`\n| ${sitePapers} papers${source} | |\n| --- | --- |`);
  console.log(`| machine | ${machine()} at the end; ${startedOn} at the start |`);
  for (const [label, value] of summary) console.log(`| ${label} | ${value} |`);
}

/** Cores, memory and load: figures from a shared machine mean little without them. */
function machine(): string {
  const load = loadavg().map((value) => value.toFixed(2)).join(', ');
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / KiB ** 3).toFixed(1)} GiB, load average ${load}, Node ${process.version}`;
}

/**
 * In the scratch project: the seeds, ingest into an empty content/papers,
 * each command of `npm run build`, then the build again with one paper changed.
 */
async function buildStages(project: string, papers: number | undefined, base: string): Promise<void> {
  if (papers !== undefined) {
    const seedText = await readFile(join(root, 'seeds/daily-papers-autoregressive.txt'), 'utf8');
    await rm(join(project, 'seeds'), { recursive: true });
    await mkdir(join(project, 'seeds'));
    for (const file of syntheticListing(seedText, { papers })) await writeFile(join(project, 'seeds', file.name), file.text);
  }
  await rm(join(project, 'content/papers'), { recursive: true });
  await mkdir(join(project, 'content/papers'));
  const env = buildEnv({ BASE_PATH: base, PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH ?? ''}` });

  section(`Build: ${papers === undefined ? 'the seed listing' : `${papers} synthetic papers`} in a scratch project (${project})`);
  const ingest = await stage('ingest', process.execPath, ['scripts/ingest.ts'], project, env);
  summary.push(['ingest', `${seconds(ingest.ms)} (${seconds(ingest.cpuMs)} CPU), peak ${mib(ingest.peakProcess)}`]);
  const first = await build(project, env, 'first build');

  // One paper changed, as when a seed correction is re-ingested: the content cache should spare the rest.
  const files = (await readdir(join(project, 'content/papers'))).sort();
  const changed = join(project, 'content/papers', files[Math.floor(files.length / 2)]!);
  const text = await readFile(changed, 'utf8');
  await writeFile(changed, text.replace(/\n---\n\n/, '\n---\n\nRevised between two builds. '));
  const second = await build(project, env, `rebuild, ${relative(project, changed)} changed`);
  summary.push([
    'rebuild with one paper changed',
    `${seconds(second.ms)} (${seconds(second.cpuMs)} CPU): ${Math.round((100 * second.ms) / first.ms)} % of the first build's time, ${Math.round((100 * second.cpuMs) / first.cpuMs)} % of its CPU`,
  ]);
}

/** Each `&&`-separated command of package.json's `build` script, as `npm run build` runs them. */
async function build(project: string, env: NodeJS.ProcessEnv, label: string): Promise<{ ms: number; cpuMs: number }> {
  const script = (JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build!;
  const first = label === 'first build';
  let total = 0;
  let cpu = 0;
  let largest = 0;
  let pages = 0;
  console.log(`  ${label}: npm run build = ${script}`);
  for (const command of script.split('&&').map((part) => part.trim())) {
    const run = await stage(command, 'sh', ['-c', command], project, env);
    total += run.ms;
    cpu += run.cpuMs;
    largest = Math.max(largest, run.peakProcess);
    pages = Number(/(\d+) page\(s\) built/.exec(run.output)?.[1] ?? pages);
    // scripts/build.ts times its two steps; a bare `astro build` (before it existed) is one.
    const steps = /astro build ([\d.]+) s, search and offline ([\d.]+) s/.exec(run.output);
    if (first) {
      const astro = run.processes.find((process) => /astro(\.mjs)? build/.test(process.command));
      const pagefind = run.processes.find((process) => /pagefind/.test(process.command));
      const figures = (name: string, process: MeasuredRun['processes'][number] | undefined): string => `${name} ${mib(process?.peak ?? 0)}, ${seconds(process?.cpuMs ?? 0)} CPU`;
      summary.push([
        `${command}${steps ? ': astro build + search and offline' : ''}`,
        `${steps ? `${steps[1]} s + ${steps[2]} s` : seconds(run.ms)}; peak memory and CPU: ${figures('astro', astro)}; ${figures('Pagefind', pagefind)}`,
      ]);
    }
  }
  const rate = pages ? `; ${pages} pages, ${Math.round(pages / (total / 1000))} pages/s` : '';
  row(`${label}, end to end`, `${seconds(total)} (${seconds(cpu)} CPU); largest process ${mib(largest)}${rate}`);
  if (first) summary.push(['npm run build, end to end', `${seconds(total)} (${seconds(cpu)} CPU), largest process ${mib(largest)}${rate}`]);
  return { ms: total, cpuMs: cpu };
}

/** Run one stage, print its time, each process's memory and Astro's own phase timings; throw with its output when it fails. */
async function stage(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<MeasuredRun> {
  const run = await runMeasured(command, args, { cwd, env });
  if (run.code !== 0) throw new Error(`${label} failed (exit ${run.code}):\n${run.output.split('\n').filter((line) => !/MODULE_LEVEL/.test(line)).slice(-30).join('\n')}`);
  row(label, `${seconds(run.ms)} wall, ${seconds(run.cpuMs)} CPU; whole process tree at peak ${mib(run.peakTree)}`);
  for (const process of run.processes.filter((each) => each.peak > 32 * KiB * KiB)) {
    row('', `peak ${mib(process.peak).padStart(8)}, CPU ${seconds(process.cpuMs).padStart(7)}  ${shortCommand(process.command)}`);
  }
  const phases = run.output.split('\n').filter((line) => /Completed in|built in|\[types\] Generated|Pagefind indexed|precaches|ingest: \d+ papers|\[content\]|\[ar-atlas:papers\]|\[build\] astro build|sw\.js [0-9a-f]+:/.test(line));
  for (const line of phases) row('', line.replace(/^\d\d:\d\d:\d\d /, '').trim());
  return run;
}

/** A command line without its folders: `node astro.mjs build`. */
const shortCommand = (command: string): string =>
  command.split(' ').map((word) => word.replace(/^.*\//, '')).join(' ').slice(0, 80);

/** Files and bytes in dist/, and Pagefind's share of them. */
async function distFigures(dist: string): Promise<void> {
  const files = await sizes(dist);
  const index = files.filter((file) => file.path.startsWith('pagefind/'));
  const total = (list: { bytes: number }[]): number => list.reduce((sum, file) => sum + file.bytes, 0);
  const part = (pattern: RegExp): string => {
    const matching = index.filter((file) => pattern.test(file.path));
    return `${matching.length} files ${mibExact(total(matching))}`;
  };
  section('Output');
  row('dist/', `${files.length} files, ${mibExact(total(files))}`);
  row('Pagefind index (dist/pagefind/)', `${index.length} files, ${mibExact(total(index))}`);
  row('', `index chunks ${part(/^pagefind\/index\//)}; fragments ${part(/^pagefind\/fragment\//)}; metadata ${part(/\.pf_meta$/)}`);
  summary.push(['dist/', `${files.length} files, ${mibExact(total(files))}`]);
  summary.push(['Pagefind index', `${index.length} files, ${mibExact(total(index))}`]);
}

async function sizes(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Promise.all(
    entries.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path).split(sep).join('/'), bytes: (await stat(path)).size };
    }),
  );
}

/** JavaScript each reading page loads before anyone touches it. */
async function readingPages(browser: Browser, site: ServedSite, pages: PageKind[]): Promise<void> {
  section('JavaScript on reading pages before interaction (budget: none but the inline loader)');
  for (const kind of pages.filter((page) => page.kind !== 'search' && page.kind !== '404')) {
    const { page, close, network } = await open(browser);
    await page.goto(site.origin + kind.sample, { waitUntil: 'load' });
    await network.idle();
    const scripts = network.requests.filter((request) => request.type === 'Script');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].reduce((sum, script) => sum + new Blob([script.textContent ?? '']).size, 0),
    );
    row(kind.kind, `${scripts.length} script file(s), ${kib(sum(scripts))}; inline ${inline} B`);
    await close();
  }
}

/** Bytes of the first search from a reading page, of later ones, and of a cold /search/?q= link. */
async function searchBytes(browser: Browser, site: ServedSite, budget: { first: number; later: number }, papers: number): Promise<void> {
  section(`Search over the wire, ${papers} papers (first: budget ${kib(budget.first)}; later: ${kib(budget.later)} each)`);
  const { page, close, network } = await open(browser);
  await page.goto(site.url('/papers/'), { waitUntil: 'load' });
  await network.idle();
  const [first, ...later] = await headerSearches(page, network);
  row(`first: "${firstQuery}" (header)`, `${kib(first!.bytes)} ${first!.bytes <= budget.first ? 'ok' : 'OVER'}`);
  for (const [label, bytes, count] of byKind(first!.requests)) row('', `${label.padEnd(24)} ${kib(bytes)} (${count})`);
  for (const search of later) {
    const loads = search.requests.filter((request) => /\/pagefind\/index\//.test(request.url)).length;
    const note = loads > 0 ? ` (${loads} index chunk(s) not loaded before)` : '';
    row(`later: "${search.query}"`, `${kib(search.bytes)} in ${search.requests.length} request(s) ${search.bytes <= budget.later ? 'ok' : 'OVER'}${note}`);
    for (const [label, bytes, count] of byKind(search.requests)) row('', `${label.padEnd(24)} ${kib(bytes)} (${count})`);
  }
  summary.push(['first search (header, over the wire)', kib(first!.bytes)]);
  summary.push(['later searches', later.map((search) => kib(search.bytes)).join(', ')]);
  await close();

  const cold = await open(browser);
  await cold.page.goto(site.url(`/search/?q=${encodeURIComponent(firstQuery)}`));
  await waitForText(cold.page, '[data-search-status]', firstQuery);
  await cold.network.idle();
  const html = cold.network.requests.filter((request) => request.type === 'Document');
  row(`cold /search/?q= link`, `${kib(sum(cold.network.requests))} including the page itself (${kib(sum(html))})`);
  await cold.close();
}

/**
 * A first visit with the offline worker allowed: what the site sends in all
 * (the page, sw.js and the worker's background download, from the server's
 * log), then the same searches with the worker in place.
 */
async function installedSearches(browser: Browser, site: ServedSite, dist: string): Promise<void> {
  // While the whole site is small a first visit keeps all of it (up to its limit); beyond, the shell within budgets.workerInstall.
  const manifest = JSON.parse(await readFile(join(dist, 'offline/manifest.json'), 'utf8')) as { wholeSite: boolean; wholeSiteLimit: number };
  const budget = manifest.wholeSite ? manifest.wholeSiteLimit : budgets.workerInstall;
  const kept = manifest.wholeSite ? 'the whole site, small enough' : 'the shell and search engine';
  section(`After a first visit, with the offline worker installed (it keeps ${kept}: budget ${kib(budget)})`);
  site.served.length = 0;
  const { page, close, network } = await open(browser, 'allow');
  await page.goto(site.url('/papers/'), { waitUntil: 'load' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await network.idle();
  const sent = site.served.reduce((total, served) => total + served.bytes, 0);
  const status = sent <= budget ? 'ok' : 'OVER';
  row('first visit, all the site sent', `${site.served.length} files, ${kib(sent)} (page, sw.js and the worker's download) ${status}`);
  summary.push(['first visit with the offline worker (all the site sent)', `${site.served.length} files, ${kib(sent)}; it keeps ${kept}`]);
  for (const search of await headerSearches(page, network, site.served)) {
    const fromWorker = search.requests.filter((request) => request.fromServiceWorker).length;
    row(`"${search.query}"`, `${kib(search.bytes)} sent by the site (${search.requests.length} request(s), ${fromWorker} answered by the worker)`);
  }
  await close();
}

/**
 * Type the first query, then each later one, into the header field; the
 * network cost of each: what the page fetched, or with `served` (the site's
 * log), what the site sent, the offline worker's downloads included.
 */
async function headerSearches(page: Page, network: Network, served?: ServedSite['served']): Promise<{ query: string; bytes: number; requests: Request[] }[]> {
  const searches = [];
  for (const query of [firstQuery, ...laterQueries]) {
    network.reset();
    if (served) served.length = 0;
    await page.fill('#site-search', '');
    await page.keyboard.type(query, { delay: keyDelay });
    await waitForText(page, '[data-search-box] .search-panel-all, [data-search-box] .search-panel-message', query);
    await network.idle();
    const bytes = served ? served.reduce((total, entry) => total + entry.bytes, 0) : sum(network.requests);
    searches.push({ query, bytes, requests: network.requests });
  }
  return searches;
}

/** Time from the last keystroke to the results being drawn, on the search page. */
async function latency(browser: Browser, site: ServedSite): Promise<void> {
  section(`Last keystroke to first results on screen, /search/ (budget ${budgets.latency} ms)`);
  const { page, close } = await open(browser);
  await page.goto(site.url('/search/'), { waitUntil: 'load' });
  await page.evaluate(() => {
    const state = window as unknown as { lastKey: number; shown: { text: string; at: number }[] };
    state.shown = [];
    document.addEventListener('input', () => (state.lastKey = performance.now()), true);
    const status = document.querySelector('[data-search-status]')!;
    // The status line is written in the same task as the results; the next frame is when they are painted.
    new MutationObserver(() => {
      const text = status.textContent ?? '';
      requestAnimationFrame(() => state.shown.push({ text, at: performance.now() }));
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const times: number[] = [];
  for (const [index, query] of [firstQuery, ...laterQueries].entries()) {
    await page.fill('#search-input', '');
    await page.focus('#search-input');
    await page.keyboard.type(query, { delay: keyDelay });
    await waitForText(page, '[data-search-status]', query);
    const ms = await page.evaluate((q) => {
      const state = window as unknown as { lastKey: number; shown: { text: string; at: number }[] };
      const shown = state.shown.find((entry) => entry.text.includes(`“${q}”`) && entry.at >= state.lastKey);
      return shown ? shown.at - state.lastKey : Number.NaN;
    }, query);
    times.push(ms);
    row(`"${query}"${index === 0 ? ' (cold: Pagefind loads on focus)' : ''}`, `${Math.round(ms)} ms ${ms <= budgets.latency ? 'ok' : 'OVER'}`);
  }
  const sorted = times.filter(Number.isFinite).sort((a, b) => a - b);
  const median = `${Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN)} ms / ${Math.round(sorted.at(-1) ?? Number.NaN)} ms`;
  row('median / worst', median);
  summary.push(['search: last keystroke to results, median / worst', median]);
  await close();
}

interface Request {
  url: string;
  type: string;
  bytes: number;
  /** Answered by the offline service worker: no network bytes. */
  fromServiceWorker: boolean;
}

interface Network {
  requests: Request[];
  reset(): void;
  /** Resolves once nothing has been in flight for 300 ms. */
  idle(): Promise<void>;
}

/** A fresh context (service workers blocked unless asked for) with CDP network accounting on its page. */
async function open(browser: Browser, serviceWorkers: 'block' | 'allow' = 'block'): Promise<{ page: Page; network: Network; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const inFlight = new Map<string, { url: string; type: string; fromServiceWorker: boolean }>();
  const network: Network = {
    requests: [],
    reset: () => (network.requests = []),
    idle: async () => {
      let quietSince = performance.now();
      while (performance.now() - quietSince < 300) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (inFlight.size > 0) quietSince = performance.now();
      }
    },
  };
  cdp.on('Network.requestWillBeSent', (event) =>
    inFlight.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', fromServiceWorker: false }),
  );
  cdp.on('Network.responseReceived', (event) => {
    const request = inFlight.get(event.requestId);
    if (request) request.fromServiceWorker = event.response.fromServiceWorker ?? false;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = inFlight.get(event.requestId);
    inFlight.delete(event.requestId);
    if (request) network.requests.push({ ...request, bytes: event.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (event) => inFlight.delete(event.requestId));
  return { page, network, close: () => context.close() };
}

/** What the bytes of a search went to: per kind of file, its bytes and requests. */
function byKind(requests: Request[]): [string, number, number][] {
  const kinds: [string, RegExp][] = [
    ['search UI (our bundle)', /\/_astro\/.*\.js$/],
    ['pagefind.js', /\/pagefind\/pagefind\.js$/],
    ['Pagefind wasm', /\/pagefind\/wasm\.[^/]+\.pagefind$/],
    ['entry + metadata', /\/pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)/],
    ['index chunks', /\/pagefind\/index\//],
    ['filter index', /\/pagefind\/filter\//],
    ['result fragments', /\/pagefind\/fragment\//],
  ];
  const totals = new Map<string, [number, number]>();
  for (const request of requests) {
    const path = new URL(request.url).pathname;
    const kind = kinds.find(([, pattern]) => pattern.test(path))?.[0] ?? `other (${path})`;
    const [bytes, count] = totals.get(kind) ?? [0, 0];
    totals.set(kind, [bytes + request.bytes, count + 1]);
  }
  return [...totals].map(([kind, [bytes, count]]) => [kind, bytes, count]);
}

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([selector, text]) => [...document.querySelectorAll(selector)].some((element) => element.textContent?.includes(text)),
    [selector, text] as const,
  );
}

interface PageKind {
  kind: string;
  count: number;
  maxGzip: number;
  /** Brotli (quality 11) of the page with the largest gzip: brotli of every page would take minutes at 10,000. */
  largestBrotli: number;
  largest: string;
  /** An address of one page of this kind, base included. */
  sample: string;
}

/** Compressed size of every HTML page, grouped by kind. CSS is inlined, so the HTML is the whole first visit. */
async function pageSizes(dist: string, base: string): Promise<PageKind[]> {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const kinds = new Map<string, PageKind>();
  for (const file of files) {
    const html = await readFile(join(dist, file));
    if (/<link[^>]+rel="?stylesheet/.test(html.toString())) throw new Error(`${file} links a stylesheet; the first-visit figures assume inlined CSS`);
    const gzip = gzipSync(html, { level: 9 }).length;
    const kind = pageKind(file);
    const known = kinds.get(kind);
    const url = base + file.replace(/(^|\/)index\.html$/, '$1');
    if (!known) kinds.set(kind, { kind, count: 1, maxGzip: gzip, largestBrotli: 0, largest: file, sample: url });
    else {
      known.count++;
      if (gzip > known.maxGzip) Object.assign(known, { maxGzip: gzip, largest: file });
    }
  }
  for (const kind of kinds.values()) {
    const html = await readFile(join(dist, kind.largest));
    kind.largestBrotli = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return [...kinds.values()];
}

function pageKind(file: string): string {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  if (file === 'search/index.html') return 'search';
  if (/^papers\/(\d+\/)?index\.html$/.test(file)) return 'paper index';
  if (/^papers\/[^/]+\/index\.html$/.test(file)) return 'paper';
  if (file === 'topics/index.html') return 'topic index';
  if (/^topics\/[^/]+\/index\.html$/.test(file)) return 'topic';
  return 'other';
}

const sum = (requests: Request[]): number =>
  requests.reduce((total, request) => total + (request.fromServiceWorker ? 0 : request.bytes), 0);
const kib = (bytes: number): string => `${(bytes / KiB).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / KiB / KiB).toFixed(0)} MiB`;
const mibExact = (bytes: number): string => `${(bytes / KiB / KiB).toFixed(1)} MiB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const section = (title: string): void => console.log(`\n${title}`);
const row = (label: string, value: string): void => console.log(`  ${label.padEnd(34)} ${value}`);

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
