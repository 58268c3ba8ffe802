import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/url.ts';

/**
 * /robots.txt: everything may be crawled; the sitemap's full address
 * follows SITE_URL and BASE_PATH. (Crawlers read robots.txt only at a
 * host's root, so under a sub-path it documents rather than steers.)
 */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
