import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, for the browser tests and `npm run bench`. They never download a browser; `.ci/run` installs this one. */
export const chromiumPath = '/usr/bin/chromium';

/** The flags the browser runs with, and no others (Playwright's own defaults are off). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running Chromium and its throwaway profile. */
export interface LaunchedChromium {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Launch Debian's Chromium with exactly `chromiumFlags`, a fresh user data
 * dir, and the pipe Playwright drives it through.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}; install it with \`apt-get install -y chromium\` (the browser tests never download one)`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'ar-atlas-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    ignoreDefaultArgs: true,
    args: [...chromiumFlags, `--user-data-dir=${profile}`, '--remote-debugging-pipe', '--no-startup-window'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
