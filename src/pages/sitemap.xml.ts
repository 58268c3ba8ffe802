import type { APIRoute } from 'astro';
import { sitemapFiles } from '../site/sitemap.ts';
import { sitemapUrls } from '../site/sitemap-urls.ts';
import { absoluteUrl } from '../site/url.ts';

/**
 * /sitemap.xml: every page worth indexing (src/site/sitemap-urls.ts), or,
 * past 50,000 of them, the index of the parts that sitemap-[part].xml.ts
 * writes (src/site/sitemap.ts).
 */
export const GET: APIRoute = async () =>
  new Response(sitemapFiles(await sitemapUrls(), absoluteUrl)[0]!.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
