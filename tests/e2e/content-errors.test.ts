import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../../src/checks/run-astro.ts';
import { runCheck } from '../unit/ingest/run-cli.ts';
import { buildEnv, scratchProject } from '../../src/cli/scratch-project.ts';

const TOPIC = 'content/topics/speech-tts.md';
const MESSAGE =
  `${TOPIC}:14:14: rules.threshold must be a number, got "five".\n` +
  '  fix: give the field a value that src/schemas/topic.ts accepts (every field is described there)';

/**
 * The build reads content files through the same reader as ingest and
 * `npm run check` (src/format/, by way of the collections' loader), so a
 * broken file fails all of them with the same message.
 */
describe('a broken content file', () => {
  let project: string;
  beforeAll(async () => {
    project = await scratchProject('broken-topic');
    const path = join(project, TOPIC);
    await writeFile(path, (await readFile(path, 'utf8')).replace(/threshold: [\d.]+/, 'threshold: five'));
  }, 60_000);
  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('fails the build with the words, line and fix that check gives', async () => {
    const [build, check] = await Promise.all([runAstro(project, ['build'], buildEnv()), runCheck(['--quick'], project)]);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(MESSAGE);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(MESSAGE.replace('".\n', '". [schema]\n'));
  }, 120_000);
});
