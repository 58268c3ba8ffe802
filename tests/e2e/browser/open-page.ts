import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** A page in its own browser context, with everything that went wrong on it. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and failed requests, as readable lines. */
  problems: string[];
}

/**
 * Open a page in a fresh context (its own cache, storage and service
 * workers) and record its console errors, uncaught exceptions and requests
 * that failed, so each test can assert there were none.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  // Generous waits: the browser tests share the machine with builds in other test files.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation that replaced this one aborts its requests; that is not a fault of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return { context, page, problems };
}

/** Results of the search page once it has answered `query`: title, about line and link of each. */
export async function searchOutcome(page: Page, query: string): Promise<{ status: string; results: Result[] }> {
  const status = page.locator('[data-search-status]');
  await status.filter({ hasText: `“${query}”` }).waitFor();
  const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.search-hit-title')?.textContent ?? '',
      about: item.querySelector('.search-hit-about')?.textContent ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );
  return { status: (await status.textContent()) ?? '', results };
}

export interface Result {
  title: string;
  about: string;
  href: string;
}
