import { getManifest } from 'workbox-build';

/** One file of the built site, named as the offline service worker asks for it. */
export interface SiteFile {
  /** Its path in the output directory, '/'-separated: `papers/x/index.html`. */
  file: string;
  /** Its URL: the base, then the path with `index.html` dropped, each segment percent-encoded: `/atlas/papers/x/`. */
  url: string;
  /**
   * Workbox's hash of its content, shortened; null when the file name already
   * carries a hash of its content, so that its URL is its revision.
   */
  revision: string | null;
  /** Bytes on disk (what it takes in the browser's storage). */
  size: number;
}

/**
 * Files whose names carry a hash of their content, so a URL never changes
 * meaning: Vite's bundles, Pagefind's index, filter and fragment files and
 * its metadata (named in pagefind-entry.json), and the offline manifest's
 * own lists. Paths relative to the output directory.
 */
export const hashedFiles = /^(?:_astro\/|pagefind\/(?:index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$|offline\/(?:site\/|search\.))/;

/**
 * 12 hex digits (48 bits) of Workbox's MD5: enough to tell a changed file
 * (an unchanged revision by chance is a 1 in 2^48 event), and the revision
 * shards at 10,000 pages are a third smaller than with all 32.
 */
const REVISION_DIGITS = 12;

/**
 * Every file under `dir` except `ignore` (globs), with its URL under `base`
 * and its revision, from Workbox's getManifest: the same content hashing and
 * URL rules as a Workbox precache manifest, sorted by URL. Workbox's warnings
 * (a file it could not read, say) fail the build rather than leave a file
 * silently out of the offline copy.
 */
export async function listSiteFiles(dir: string, base: string, ignore: string[]): Promise<SiteFile[]> {
  const sizes = new Map<string, number>();
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: ignore,
    // No file is too large to keep offline; the levels' sizes are shown before anything is downloaded.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    dontCacheBustURLsMatching: hashedFiles,
    manifestTransforms: [
      (entries) => {
        for (const entry of entries) sizes.set(entry.url, entry.size);
        return { manifest: entries };
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`Workbox could not list the site for the offline worker: ${warnings.join('; ')}`);
  return manifestEntries
    .map((entry) => ({
      file: entry.url,
      url: base + entry.url.replace(/(^|\/)index\.html$/, '$1').split('/').map(encodeURIComponent).join('/'),
      revision: entry.revision?.slice(0, REVISION_DIGITS) ?? null,
      size: sizes.get(entry.url) ?? 0,
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
