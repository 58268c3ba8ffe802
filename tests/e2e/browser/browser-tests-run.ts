import { existsSync } from 'node:fs';
import { chromiumPath } from '../../../src/cli/launch-chromium.ts';

/**
 * Whether the browser tests can run. Outside CI a missing Chromium skips
 * them with a loud notice; with CI=true they run, and fail at launch.
 */
export function browserTestsRun(): boolean {
  if (existsSync(chromiumPath) || process.env.CI === 'true') return true;
  console.warn(
    [
      '',
      '!'.repeat(78),
      `!! SKIPPING THE BROWSER TESTS: no Chromium at ${chromiumPath}.`,
      '!! Install it with `apt-get install -y chromium` (as .ci/run does) to run them.',
      '!! With CI=true a missing Chromium fails instead.',
      '!'.repeat(78),
      '',
    ].join('\n'),
  );
  return false;
}
