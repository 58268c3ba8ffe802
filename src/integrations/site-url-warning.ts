import type { AstroIntegration } from 'astro';

/**
 * Warn at the start of `astro build` when SITE_URL is not set: Astro's `site`
 * then falls back to `fallback`, and every absolute address the build writes
 * (canonical links, Open Graph tags, the sitemap, the feed, robots.txt) would
 * quietly point at it. Local builds and tests may do that on purpose, so it
 * is a warning, not an error.
 */
export function siteUrlWarning(siteUrl: string | undefined, fallback: string): AstroIntegration {
  return {
    name: 'ar-atlas:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrl) return;
        logger.warn(
          `SITE_URL is not set, so canonical URLs, Open Graph tags, the sitemap, the feed and robots.txt point at ${fallback}. ` +
            'For a site others will visit, build with SITE_URL=https://<host> (for example SITE_URL=https://you.github.io).',
        );
      },
    },
  };
}
