/*
 * The offline service worker. write-service-worker.ts prepends three
 * constants and writes the result to <outDir>/sw.js after Pagefind has run:
 *   CACHE    this build's cache name: a prefix (site and base) plus a hash of this code and every precached file
 *   BASE     the site's base path with a trailing slash, e.g. "/atlas/"
 *   PRECACHE every page, stylesheet, script, asset and Pagefind file, as URLs
 *
 * One build, one cache. A page controlled by this worker gets every page and
 * every index file from the same cache, so it never sees an old page with a
 * new index. A new build's worker fills its own cache while this one keeps
 * serving, and (no skipWaiting) takes over only when no tab still shows this
 * build; then old caches go.
 */
/* global CACHE, BASE, PRECACHE */

const PREFIX = CACHE.slice(0, CACHE.lastIndexOf(':') + 1);

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so a file from an earlier deploy cannot slip into this build's cache.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this site's own GETs; anything else (other origins, other paths on this origin) goes straight to the network.
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  // ignoreSearch: /search/?q=… is the search page, and Pagefind asks for pagefind-entry.json?ts=<now>.
  // ignoreVary: hosts (and `astro preview`) send Vary: Origin, and a module import carries an Origin
  // header the precache request did not, so a Vary-respecting match would miss while offline.
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = request.mode === 'navigate' && (await cache.match(`${BASE}404.html`, { ignoreVary: true }));
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
  }
}
