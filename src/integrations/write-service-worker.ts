import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { planOffline, type OfflineManifest } from './offline-manifest.ts';
import { shardOf } from './shard-of.js';
import { listSiteFiles } from './site-files.ts';
import { transferSizes } from './transfer-size.ts';

/** The worker's own file, written last and never kept offline. */
export const serviceWorkerFile = 'sw.js';

/** The offline manifest: what each level of offline reading holds and costs. */
export const offlineManifestFile = 'offline/manifest.json';

/**
 * Up to this many compressed bytes, a first visit keeps the whole site (every
 * page and search works offline after one visit); above it, only the shell and
 * the search engine, and the rest as it is read or on request.
 */
export const WHOLE_SITE_LIMIT = 2 * 1024 * 1024;

/** What `writeServiceWorker` wrote, for the build log. */
export type ServiceWorkerReport = Pick<OfflineManifest, 'version' | 'wholeSite' | 'levels' | 'shards'>;

export interface ServiceWorkerOptions {
  /** See WHOLE_SITE_LIMIT; the browser tests lower it to make the seed site behave like a large one. */
  wholeSiteLimit?: number;
}

const template = new URL('./service-worker.js', import.meta.url);
/** Written by this step, so never listed as part of the site. */
const generated = [serviceWorkerFile, offlineManifestFile, 'offline/search.*.json', 'offline/site/**', '**/*.map'];

/**
 * Write the offline worker for the built site in `dir`, served under `base`
 * ('/' or '/atlas/'): `sw.js`, `offline/manifest.json` and the lists it
 * names (see offline-manifest.ts). Run it after Pagefind: the index is part
 * of what can be kept. Self-contained, so it can run from the Astro hook or
 * a script after the build; running it again on the same directory replaces
 * what it wrote before. Nothing is written until everything is computed.
 */
export async function writeServiceWorker(dir: string, base: string, options: ServiceWorkerOptions = {}): Promise<ServiceWorkerReport> {
  const code = await readFile(template, 'utf8');
  const files = await listSiteFiles(dir, base, generated);
  const transfer = await transferSizes(dir, files);
  const { manifest, outputs } = planOffline(files, transfer, base, options.wholeSiteLimit ?? WHOLE_SITE_LIMIT, code);

  // The lists an earlier run wrote here (a second deploy played on the same directory) go first.
  await rm(join(dir, 'offline', 'site'), { recursive: true, force: true });
  for (const name of await readdir(join(dir, 'offline')).catch(() => [])) {
    if (/^search\.[^/]+\.json$/.test(name)) await rm(join(dir, 'offline', name));
  }
  for (const output of outputs) {
    await mkdir(dirname(join(dir, output.file)), { recursive: true });
    await writeFile(join(dir, output.file), output.content);
  }
  const json = JSON.stringify(manifest);
  await writeFile(join(dir, offlineManifestFile), `${json}\n`);
  await writeFile(join(dir, serviceWorkerFile), `const OFFLINE = ${json};\n${shardOf.toString()}\n${code}`);
  const { version, wholeSite, levels, shards } = manifest;
  return { version, wholeSite, levels, shards };
}
