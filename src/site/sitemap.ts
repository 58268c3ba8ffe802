import { escapeXml } from '../util/xml.ts';

/** Addresses one sitemap file may hold: the protocol's limit (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/** One file of the sitemap. */
export interface SitemapFile {
  /** Its site path: `/sitemap.xml`, or `/sitemap-<n>.xml` for part n (from 1) of a split sitemap. */
  path: string;
  xml: string;
}

/**
 * Every sitemap file for these full addresses, `/sitemap.xml` first. Up to
 * `limit` addresses it is the sitemap itself; past that it is a sitemap
 * index naming the parts, `/sitemap-1.xml`, `/sitemap-2.xml`, ..., each of
 * at most `limit` addresses in order, so robots.txt and search consoles keep
 * one address at any size. `absolute` turns a site path into a full address.
 */
export function sitemapFiles(urls: readonly string[], absolute: (path: string) => string, limit = SITEMAP_LIMIT): SitemapFile[] {
  if (urls.length <= limit) return [{ path: '/sitemap.xml', xml: urlset(urls) }];
  const parts: SitemapFile[] = [];
  for (let start = 0; start < urls.length; start += limit) {
    parts.push({ path: `/sitemap-${parts.length + 1}.xml`, xml: urlset(urls.slice(start, start + limit)) });
  }
  return [{ path: '/sitemap.xml', xml: sitemapIndex(parts.map((part) => absolute(part.path))) }, ...parts];
}

function urlset(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

function sitemapIndex(sitemaps: readonly string[]): string {
  const entries = sitemaps.map((url) => `  <sitemap><loc>${escapeXml(url)}</loc></sitemap>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}
