import { describe, expect, it } from 'vitest';
import { SITEMAP_LIMIT, sitemapFiles } from '../../../src/site/sitemap.ts';

const absolute = (path: string): string => `https://atlas.example.org/atlas${path}`;
const urls = (count: number): string[] => Array.from({ length: count }, (_, index) => absolute(`/papers/p${index}/`));
const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);

describe('sitemapFiles', () => {
  it('holds the protocol limit: 50,000 addresses in one file', () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
    const [only, ...rest] = sitemapFiles(urls(SITEMAP_LIMIT), absolute);
    expect(rest).toEqual([]);
    expect(only!.path).toBe('/sitemap.xml');
    expect(locs(only!.xml)).toHaveLength(SITEMAP_LIMIT);
  });

  it('is one urlset up to the limit', () => {
    expect(sitemapFiles(urls(3), absolute, 3)).toEqual([
      {
        path: '/sitemap.xml',
        xml:
          '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
          '  <url><loc>https://atlas.example.org/atlas/papers/p0/</loc></url>\n' +
          '  <url><loc>https://atlas.example.org/atlas/papers/p1/</loc></url>\n' +
          '  <url><loc>https://atlas.example.org/atlas/papers/p2/</loc></url>\n' +
          '</urlset>\n',
      },
    ]);
  });

  it('splits past the limit: /sitemap.xml becomes an index of parts that hold every address once, in order', () => {
    const all = urls(7);
    const [index, ...parts] = sitemapFiles(all, absolute, 3);
    expect(index!.path).toBe('/sitemap.xml');
    expect(index!.xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n/);
    expect(locs(index!.xml)).toEqual([absolute('/sitemap-1.xml'), absolute('/sitemap-2.xml'), absolute('/sitemap-3.xml')]);
    expect(parts.map((part) => part.path)).toEqual(['/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml']);
    expect(parts.map((part) => locs(part.xml).length)).toEqual([3, 3, 1]);
    expect(parts.flatMap((part) => locs(part.xml))).toEqual(all);
    for (const part of parts) expect(part.xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  it('escapes addresses for XML', () => {
    expect(locs(sitemapFiles([absolute('/search/?q=a&b')], absolute)[0]!.xml)).toEqual(['https://atlas.example.org/atlas/search/?q=a&amp;b']);
  });

  it('writes an empty urlset for a site with no pages', () => {
    expect(sitemapFiles([], absolute, 3)).toEqual([{ path: '/sitemap.xml', xml: '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n' }]);
  });
});
