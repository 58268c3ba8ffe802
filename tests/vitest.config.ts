import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs plain modules (the pipeline, the knowledge
 * functions) in milliseconds; `site` first builds the real site, at the root
 * and under a sub-path, then checks what a reader gets from `dist/` and a
 * real browser.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: 'tests/unit',
          include: ['**/*.test.ts'],
          globalSetup: ['../temp-dir.ts'],
          // Tests assert behaviour, never speed: a few train the learned part on the whole dev part (3 s alone, far
          // more on a busy machine), so the limit is there to catch a hang, not a slow run.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          root: 'tests/e2e',
          include: ['**/*.test.ts'],
          globalSetup: ['../temp-dir.ts', './global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
