import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapFiles } from '../site/sitemap.ts';
import { sitemapUrls } from '../site/sitemap-urls.ts';
import { absoluteUrl } from '../site/url.ts';

/** /sitemap-<n>.xml: the parts of a sitemap split past 50,000 addresses; none while /sitemap.xml holds them all. */
export const getStaticPaths = (async () =>
  sitemapFiles(await sitemapUrls(), absoluteUrl)
    .slice(1)
    .map((file) => ({ params: { part: file.path.slice('/sitemap-'.length, -'.xml'.length) }, props: { xml: file.xml } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) =>
  new Response(props.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
