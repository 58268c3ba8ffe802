/**
 * `npm run bench [-- --dist DIR] [--base /atlas/]`: measure what a reader
 * pays for search and for a first visit, and print it against the budgets
 * in issue 4. It builds the site (or reads an existing `--dist`), serves it
 * gzip-compressed like a static host, and drives Debian's Chromium, counting
 * bytes from CDP network events (`Network.loadingFinished.encodedDataLength`:
 * body and headers as received). Service workers are blocked while measuring,
 * so every byte is a network byte. It prints figures and never fails on them;
 * it exits 1 only when it cannot measure (the build fails, no Chromium).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { basePath } from '../src/site/base-path.ts';
import { launchChromium } from '../src/cli/launch-chromium.ts';
import { serveSite, type ServedSite } from '../src/cli/serve-site.ts';

const KiB = 1024;
const budgets = { firstSearch: 150 * KiB, firstSearchAim: 120 * KiB, laterSearch: 15 * KiB, latency: 300, firstVisit: 14 * KiB };
/** The first search, then searches a reader might make next. */
const firstQuery = 'speculative decoding';
const laterQueries = ['FastSpeech', 'OLMo', 'diffusion', 'tokenizer'];
/** Delay between keystrokes: a quick typist (about 100 words a minute). */
const keyDelay = 100;

const root = new URL('..', import.meta.url).pathname;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string' } } });
  const base = basePath(values.base ?? process.env.BASE_PATH);
  let dist = values.dist;
  let scratch: string | undefined;
  if (!dist) {
    scratch = await mkdtemp(join(tmpdir(), 'ar-atlas-bench-'));
    dist = join(scratch, 'dist');
    const build = await timedBuild(dist, base);
    section('Build');
    row('build time', `${(build.ms / 1000).toFixed(1)} s`);
    row('peak memory', build.peakRss ? `${mib(build.peakRss)} (resident, whole process tree incl. Pagefind)` : 'n/a (needs /proc)');
    for (const line of build.log) row('', line);
  }

  try {
    section(`First visit, compressed (HTML with its inlined CSS; budget ${kib(budgets.firstVisit)})`);
    const pages = await pageSizes(dist, base);
    for (const kind of pages) {
      const mark = kind.maxGzip <= budgets.firstVisit ? 'ok' : 'OVER';
      row(kind.kind, `${kind.count} page(s), largest gzip ${kib(kind.maxGzip)}, brotli ${kib(kind.maxBrotli)} (${kind.largest}) ${mark}`);
    }

    const site = await serveSite(dist, base);
    const chromium = await launchChromium();
    try {
      await readingPages(chromium.browser, site, pages);
      await searchBytes(chromium.browser, site);
      await installedSearches(chromium.browser, site, dist);
      await latency(chromium.browser, site);
    } finally {
      await chromium.close();
      await site.close();
    }
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
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
async function searchBytes(browser: Browser, site: ServedSite): Promise<void> {
  section(`Search over the wire (first: budget ${kib(budgets.firstSearch)}, aim ${kib(budgets.firstSearchAim)}; later: under ${kib(budgets.laterSearch)} each)`);
  const { page, close, network } = await open(browser);
  await page.goto(site.url('/papers/'), { waitUntil: 'load' });
  await network.idle();
  const [first, ...later] = await headerSearches(page, network);
  row(`first: "${firstQuery}" (header)`, `${kib(first!.bytes)} ${first!.bytes <= budgets.firstSearch ? 'ok' : 'OVER'}${first!.bytes <= budgets.firstSearchAim ? ', within aim' : ''}`);
  for (const [label, bytes] of byKind(first!.requests)) row('', `${label.padEnd(24)} ${kib(bytes)}`);
  for (const search of later) {
    const loads = search.requests.filter((request) => /\/pagefind\/index\//.test(request.url)).length;
    const note = loads > 0 ? ` (${loads} index chunk(s) not loaded before)` : '';
    row(`later: "${search.query}"`, `${kib(search.bytes)} in ${search.requests.length} request(s) ${search.bytes < budgets.laterSearch ? 'ok' : 'OVER'}${note}`);
  }
  await close();

  const cold = await open(browser);
  await cold.page.goto(site.url(`/search/?q=${encodeURIComponent(firstQuery)}`));
  await waitForText(cold.page, '[data-search-status]', firstQuery);
  await cold.network.idle();
  const html = cold.network.requests.filter((request) => request.type === 'Document');
  row(`cold /search/?q= link`, `${kib(sum(cold.network.requests))} including the page itself (${kib(sum(html))})`);
  await cold.close();
}

/** The same searches after a first visit, when the offline worker has the whole index: what still goes over the wire. */
async function installedSearches(browser: Browser, site: ServedSite, dist: string): Promise<void> {
  const precache = JSON.parse(/^const PRECACHE = (.*);$/m.exec(await readFile(join(dist, 'sw.js'), 'utf8'))?.[1] ?? '[]') as string[];
  let install = 0;
  for (const url of precache) {
    const file = await readFile(join(dist, url.slice(site.base.length).replace(/(^|\/)$/, '$1index.html')));
    install += /\.(html|css|js|json|svg|xml|txt)$|\/$/.test(url) ? gzipSync(file).length : file.length;
  }
  section('After a first visit, with the offline worker installed');
  row('worker install (background)', `${precache.length} files, about ${kib(install)} gzip over the wire`);
  const { page, close, network } = await open(browser, 'allow');
  await page.goto(site.url('/papers/'), { waitUntil: 'load' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await network.idle();
  for (const search of await headerSearches(page, network)) {
    row(`"${search.query}"`, `${kib(search.bytes)} over the wire (${search.requests.length} request(s) answered by the worker)`);
  }
  await close();
}

/** Type the first query, then each later one, into the header field; the network cost of each. */
async function headerSearches(page: Page, network: Network): Promise<{ query: string; bytes: number; requests: Request[] }[]> {
  const searches = [];
  for (const query of [firstQuery, ...laterQueries]) {
    network.reset();
    await page.fill('#site-search', '');
    await page.keyboard.type(query, { delay: keyDelay });
    await waitForText(page, '[data-search-box] .search-panel-all, [data-search-box] .search-panel-message', query);
    await network.idle();
    searches.push({ query, bytes: sum(network.requests), requests: network.requests });
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
  row('median / worst', `${Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN)} ms / ${Math.round(sorted.at(-1) ?? Number.NaN)} ms`);
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

/** What the bytes of a search went to. */
function byKind(requests: Request[]): [string, number][] {
  const kinds: [string, RegExp][] = [
    ['search UI (our bundle)', /\/_astro\/.*\.js$/],
    ['pagefind.js', /\/pagefind\/pagefind\.js$/],
    ['Pagefind wasm', /\/pagefind\/wasm\.[^/]+\.pagefind$/],
    ['entry + metadata', /\/pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)/],
    ['index chunks', /\/pagefind\/index\//],
    ['filter index', /\/pagefind\/filter\//],
    ['result fragments', /\/pagefind\/fragment\//],
  ];
  const totals = new Map<string, number>();
  for (const request of requests) {
    const path = new URL(request.url).pathname;
    const kind = kinds.find(([, pattern]) => pattern.test(path))?.[0] ?? `other (${path})`;
    totals.set(kind, (totals.get(kind) ?? 0) + request.bytes);
  }
  return [...totals];
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
  maxBrotli: number;
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
    const brotli = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const kind = pageKind(file);
    const known = kinds.get(kind);
    const url = base + file.replace(/(^|\/)index\.html$/, '$1');
    if (!known) kinds.set(kind, { kind, count: 1, maxGzip: gzip, maxBrotli: brotli, largest: file, sample: url });
    else {
      known.count++;
      if (gzip > known.maxGzip) Object.assign(known, { maxGzip: gzip, largest: file });
      known.maxBrotli = Math.max(known.maxBrotli, brotli);
    }
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

/** Run `astro build` into `outDir`, timing it and sampling the resident memory of its process tree. */
async function timedBuild(outDir: string, base: string): Promise<{ ms: number; peakRss: number; log: string[] }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, BASE_PATH: base },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakRss = 0;
  const sampler = setInterval(() => {
    void treeRss(child.pid ?? -1).then((rss) => (peakRss = Math.max(peakRss, rss)));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.split('\n').slice(-30).join('\n')}`);
  const log = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => /offline-search\]|page\(s\) built/.test(line));
  return { ms: performance.now() - started, peakRss, log: log.map((line) => line.replace(/^\d\d:\d\d:\d\d /, '')) };
}

/** Resident bytes of a process and all its descendants, from /proc (0 where there is no /proc). */
async function treeRss(rootPid: number): Promise<number> {
  const pids = await readdir('/proc').catch(() => [] as string[]);
  const parents = new Map<number, number>();
  await Promise.all(
    pids.filter((pid) => /^\d+$/.test(pid)).map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid) parents.set(Number(pid), ppid);
    }),
  );
  const tree = [...parents.keys()].filter((pid) => {
    for (let at: number | undefined = pid; at; at = parents.get(at)) if (at === rootPid) return true;
    return false;
  });
  const sizes = await Promise.all(
    tree.map(async (pid) => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * KiB;
    }),
  );
  return sizes.reduce((total, size) => total + size, 0);
}


const sum = (requests: Request[]): number =>
  requests.reduce((total, request) => total + (request.fromServiceWorker ? 0 : request.bytes), 0);
const kib = (bytes: number): string => `${(bytes / KiB).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / KiB / KiB).toFixed(0)} MiB`;
const section = (title: string): void => console.log(`\n${title}`);
const row = (label: string, value: string): void => console.log(`  ${label.padEnd(34)} ${value}`);

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
