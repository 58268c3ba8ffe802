/**
 * BASE_PATH as a site-relative folder with slashes on both ends: `/` or
 * `/sub/path/`. Read from the environment by astro.config.mjs (Astro's
 * `base`), `npm run check` and `npm run bench`, so all three agree on where
 * the site lives however the variable was written (`atlas`, `/atlas`, `/atlas/`).
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
