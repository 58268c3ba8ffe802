/*
 * The offline service worker (README, "Offline reading"). write-service-worker.ts
 * writes it to <outDir>/sw.js after Pagefind, preceded by
 *   const OFFLINE = {...};   this build's offline manifest (offline-manifest.ts)
 *   function shardOf(url, count) {...}   which revision shard lists a URL (shard-of.js)
 *
 * What is kept: a first visit downloads the shell and the search engine, or the
 * whole site while it is small (OFFLINE.wholeSite); pages a reader opens and
 * index files a search needs are kept as they are used; "search" or
 * "everything" on the reader's request (the /offline/ page, by messages).
 *
 * One build at a time: every file is stored under its URL plus `?rev=<revision>`
 * (or its URL alone when its name carries its hash: Pagefind's index, bundles),
 * in caches all builds share. A page controlled by this worker reads only
 * this build's keys, so it never mixes an old page with a new index. A new
 * build's worker installs beside this one: it downloads only the keys it
 * lacks (its shell, the level the reader keeps, the new revision of each page
 * the reader holds) while this one keeps serving; it takes over once no tab
 * shows this build (no skipWaiting), then deletes the keys it does not use.
 */
/* global OFFLINE, shardOf */

const BASE = OFFLINE.base;
/**
 * Every build's files, keyed by URL and revision, in BUCKETS caches named
 * `${FILES}:<n>` (n from the URL, so every revision of a file lands in the same
 * one): Chromium refuses to list a cache of about 20,000 entries ("Operation too
 * large"), and "everything" at 10,000 papers is 21,000 files. The base is in the
 * name: two sites on one origin never touch each other's.
 */
const FILES = `ar-atlas:${BASE}:files`;
const BUCKETS = 16;
/** The reader's choice, kept across builds: { level, complete }. */
const SETTINGS = `ar-atlas:${BASE}:settings`;
const CHOICE = new URL(`${BASE}offline/choice`, self.location.origin).href;
const SHELL = new Map(OFFLINE.shell);
const HASHED = new RegExp(OFFLINE.hashed);
const LEVELS = ['shell', 'search', 'everything'];
/** Downloads at a time, as a browser does per host. */
const PARALLEL = 6;
/** Set once sw.js answers 404: the site is gone from this address, and this worker steps aside. */
let gone = false;

/** The Cache Storage key of a file at a revision (null: its URL is its revision). */
function keyOf(url, revision) {
  const key = new URL(url, self.location.origin);
  if (revision) key.searchParams.set('rev', revision);
  return key.href;
}

const hashed = (url) => HASHED.test(url.slice(BASE.length));
const bucketOf = (key) => `${FILES}:${shardOf(new URL(key).pathname, BUCKETS)}`;

/** The stored response for a key, if any (never creates a cache). */
function stored(key) {
  return caches.match(key, { cacheName: bucketOf(key), ignoreVary: true });
}

async function store(key, response) {
  await (await caches.open(bucketOf(key))).put(key, response);
}

async function forget(key) {
  await (await caches.open(bucketOf(key))).delete(key);
}

/** Every key stored, bucket by bucket. */
async function storedKeys() {
  const keys = [];
  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    const name = `${FILES}:${bucket}`;
    if (await caches.has(name)) for (const request of await (await caches.open(name)).keys()) keys.push(request.url);
  }
  return keys;
}
const shardUrl = (index) => `${BASE}offline/site/${index}.${OFFLINE.shards[index]}.json`;

/** Parsed lists of this build (revision shards, the search list), by URL; each read from the cache or downloaded once. */
const lists = new Map();
function list(url, network) {
  if (!lists.has(url)) {
    const loading = (async () => {
      const cached = await stored(keyOf(url, null));
      if (cached) return cached.json();
      if (!network) return undefined;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      await store(keyOf(url, null), response.clone());
      return response.json();
    })();
    lists.set(url, loading);
    // Only a list in hand is remembered: one missing offline, or that failed, is asked for again next time.
    loading.then((value) => value === undefined && lists.delete(url), () => lists.delete(url));
  }
  return lists.get(url);
}

/**
 * This build's key for a site URL: a string, null when this build has no
 * such file, undefined when that is not known (offline, without the URL's
 * revision shard).
 */
async function keyFor(url, network) {
  if (SHELL.has(url)) return keyOf(url, SHELL.get(url));
  if (hashed(url)) return keyOf(url, null);
  const shard = await list(shardUrl(shardOf(url, OFFLINE.shards.length)), network);
  if (!shard) return undefined;
  return Object.hasOwn(shard, url) ? keyOf(url, shard[url][0]) : null;
}

/** Every file of a level, as key → [url, transfer bytes]. */
async function levelFiles(level, network) {
  const files = new Map();
  for (const [url, revision] of SHELL) files.set(keyOf(url, revision), [url, 0]);
  if (LEVELS.indexOf(level) >= 1) {
    files.set(keyOf(OFFLINE.search, null), [OFFLINE.search, 0]);
    for (const [url, bytes] of await required(list(OFFLINE.search, network))) files.set(keyOf(url, null), [url, bytes]);
  }
  if (level === 'everything') {
    // All at once: at 10,000 pages there are 160 shards, and one after another they would take 160 round trips.
    const urls = OFFLINE.shards.map((_, index) => shardUrl(index));
    const shards = await Promise.all(urls.map((url) => required(list(url, network))));
    for (const [index, shard] of shards.entries()) {
      files.set(keyOf(urls[index], null), [urls[index], 0]);
      for (const [url, [revision, bytes]] of Object.entries(shard)) files.set(keyOf(url, revision), [url, bytes]);
    }
  }
  return files;
}

async function required(loading) {
  const value = await loading;
  if (value === undefined) throw new Error('offline: this build’s file lists are not at hand');
  return value;
}

async function choice() {
  // caches.match, not caches.open: a reader who never chose gets no settings cache.
  const stored = await caches.match(CHOICE, { cacheName: SETTINGS });
  return stored ? stored.json() : {};
}

async function choose(value) {
  await (await caches.open(SETTINGS)).put(CHOICE, new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } }));
}

/** The level this browser keeps: the reader's choice, else everything while the site is small, else the shell. */
async function keptLevel() {
  return (await choice()).level ?? (OFFLINE.wholeSite ? 'everything' : 'shell');
}

/** Download and store `files` ([key, url] each), PARALLEL at a time; throws if one fails. */
async function download(files) {
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const [key, url] = files[next++];
      // `reload` skips the HTTP cache, so a copy from an earlier deploy is never stored as this build's.
      const response = await fetch(url, { cache: hashed(url) ? 'default' : 'reload' });
      if (!response.ok || response.redirected) throw new Error(`${url} answered ${response.status}`);
      await store(key, response);
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** The files of `files` (key → [url, bytes]) the cache lacks, as [key, url, bytes]. */
async function missingFrom(files) {
  const held = new Set(await storedKeys());
  return [...files].filter(([key]) => !held.has(key)).map(([key, [url, bytes]]) => [key, url, bytes]);
}

/** Site URLs the reader holds at some revision, read pages mostly: they follow the reader into each new build. */
async function heldUrls() {
  const urls = new Set();
  for (const key of await storedKeys()) {
    const url = new URL(key);
    if (url.searchParams.has('rev')) urls.add(url.pathname);
  }
  return [...urls];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const files = await levelFiles(await keptLevel(), true);
      const held = await heldUrls();
      const keys = await Promise.all(held.map((url) => keyFor(url, true)));
      for (const [index, key] of keys.entries()) if (key && !files.has(key)) files.set(key, [held[index], 0]);
      await download(await missingFrom(files));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const level = await keptLevel();
      const used = await levelFiles(level, true).catch(() => undefined);
      // Without this build's lists (offline), nothing is deleted now; the next build's worker will.
      if (used) {
        // This build's revision shards stay: they tell which pages a reader holds are current.
        for (let index = 0; index < OFFLINE.shards.length; index++) used.set(keyOf(shardUrl(index), null), [shardUrl(index), 0]);
        for (const key of await storedKeys()) {
          if (used.has(key)) continue;
          const url = new URL(key);
          // A page read under an earlier build stays if this build has it at the same revision.
          if (url.searchParams.has('rev') && (await keyFor(url.pathname, false)) === key) continue;
          // Index files a search used are dropped: a new index renumbers its pages, so few survive a build.
          await forget(key);
        }
        // A level the reader chose while this build waited may lack files of this build: the /offline/ page offers to finish it.
        const { level: chosen, complete } = await choice();
        if (chosen && complete && (await missingFrom(await levelFiles(chosen, false))).length > 0) await choose({ level: chosen, complete: false });
      }
      // The caches of the worker before this one, one per build.
      for (const name of await caches.keys()) {
        if (name.startsWith(`ar-atlas:${BASE}:`) && !name.startsWith(`${FILES}:`) && name !== SETTINGS) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this site's own GETs; anything else (other origins, other paths on this origin, sw.js) goes to the network.
  if (gone || request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname === self.location.pathname) return;
  event.respondWith(respond(event, url.pathname));
  if (request.mode === 'navigate') event.waitUntil(checkSiteIsThere());
});

/**
 * The file for a request, keyed by its path alone: a static host ignores the
 * query, so /search/?q=… is /search/ and Pagefind's pagefind-entry.json?ts=…
 * is the entry file. Matches ignore Vary: hosts send `Vary: Origin`, and a
 * module import carries an Origin header the stored request did not.
 */
async function respond(event, url) {
  const { request } = event;
  const key = await keyFor(url, false).catch(() => undefined);
  const cached = key && (await stored(key));
  if (cached) return cached;
  let response;
  try {
    // Files without a hash in their name revalidate, so a copy of an earlier deploy in the HTTP cache is not kept as this build's.
    response = await fetch(request, hashed(url) ? undefined : { cache: 'no-cache' });
  } catch (error) {
    const fallback = request.mode === 'navigate' && (await offlinePage(key));
    if (fallback) return fallback;
    throw error;
  }
  if (response.ok && response.type === 'basic' && !response.redirected && key !== null) {
    event.waitUntil(keepRead(url, response.clone()).catch(() => undefined));
  }
  return response;
}

/** Keep a file as it is read, under this build's key (its revision shard is downloaded once, if need be). */
async function keepRead(url, response) {
  const key = await keyFor(url, true);
  if (key) await store(key, response);
}

/**
 * Offline, a page this browser does not hold: the site's 404 page when this
 * build has no such page, else a page saying it is not saved on this device.
 */
async function offlinePage(key) {
  const [url, status, statusText] = key === null ? [`${BASE}404.html`, 404, 'Not Found'] : [`${BASE}offline/unsaved/`, 503, 'Offline'];
  const page = SHELL.has(url) && (await stored(keyOf(url, SHELL.get(url))));
  return page && new Response(page.body, { status, statusText, headers: page.headers });
}

/**
 * After a navigation, ask whether sw.js is still there. A 404 (or 410) means
 * the site left this address, a repository rename say: unregister and delete
 * the copy, so no one keeps reading a stale site that can never update.
 */
async function checkSiteIsThere() {
  const missing = async (method) => {
    const response = await fetch(self.location.href, { method, cache: 'no-store' }).catch(() => undefined);
    return response?.status === 404 || response?.status === 410;
  };
  // HEAD costs a few hundred bytes per page view; a GET confirms before anything is deleted.
  if (!(await missing('HEAD')) || !(await missing('GET'))) return;
  gone = true;
  await self.registration.unregister();
  for (const name of await caches.keys()) if (name.startsWith(`${FILES}:`) || name === SETTINGS) await caches.delete(name);
}

/*
 * The /offline/ page (src/client/offline-control.ts) asks through a
 * MessagePort; every answer is { ok: true, ... } or { ok: false, error }.
 *   status               → { version, wholeSite, levels, level, chosen, complete }
 *   keep { level }       → the choice is saved; { missing: [[key, url, bytes]], total }
 *   download { files }   → those [key, url] are downloaded and stored
 *   finish               → { complete, missing }: whether the kept level is whole
 *   remove               → back to the shell: everything else is deleted
 * The page drives the download in batches, so each message is short work:
 * a browser may stop a worker whose one event runs for minutes.
 */
self.addEventListener('message', (event) => {
  const [port] = event.ports;
  if (!port) return;
  event.waitUntil(
    answer(event.data).then(
      (reply) => port.postMessage({ ok: true, ...reply }),
      (error) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});

async function answer(message) {
  switch (message?.type) {
    case 'status': {
      const { level: chosen = null, complete } = await choice();
      const level = await keptLevel();
      return { version: OFFLINE.version, wholeSite: OFFLINE.wholeSite, levels: OFFLINE.levels, level, chosen, complete: complete ?? true };
    }
    case 'keep': {
      if (message.level !== 'search' && message.level !== 'everything') throw new Error(`cannot keep "${message.level}"; expected search or everything`);
      await choose({ level: message.level, complete: false });
      return { missing: await missingFrom(await levelFiles(message.level, true)), total: OFFLINE.levels[message.level].transfer };
    }
    case 'download':
      await download(message.files);
      return {};
    case 'finish': {
      const { level } = await choice();
      const missing = (await missingFrom(await levelFiles(level, true))).length;
      await choose({ level, complete: missing === 0 });
      return { complete: missing === 0, missing };
    }
    case 'remove': {
      await choose({ level: 'shell', complete: true });
      const shell = await levelFiles('shell', false);
      for (const key of await storedKeys()) if (!shell.has(key)) await forget(key);
      lists.clear();
      return {};
    }
  }
  throw new Error(`unknown request ${JSON.stringify(message?.type)}`);
}
