/**
 * Which of `count` groups `url` falls in: FNV-1a over the URL's UTF-16 code
 * units. The build splits the site's revisions into shards with it
 * (offline/site/<n>.<hash>.json), and write-service-worker.ts copies this very
 * function into sw.js (Function.prototype.toString), which finds a URL's shard
 * and its cache bucket with it, so build and worker always agree.
 *
 * @param {string} url a site URL with the base, e.g. "/atlas/papers/x/"
 * @param {number} count the number of shards
 * @returns {number} the shard, 0 to count - 1
 */
export function shardOf(url, count) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < url.length; index++) {
    hash ^= url.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}
