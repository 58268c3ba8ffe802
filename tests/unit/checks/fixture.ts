import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage, type Message } from '../../../src/util/message.ts';
import { loadContent, type Content } from '../../../src/checks/load-content.ts';
import { planIngest, type IngestPlan } from '../../../src/pipeline/plan-ingest.ts';

/** The folder of a check fixture: tests/fixtures/check-<name>/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/check-${name}/`, import.meta.url));
}

/** The content of a check fixture, read as `npm run check` reads a project. */
export function fixtureContent(name: string): Promise<Content> {
  return loadContent(fixturePath(name));
}

/** Messages as `npm run check` prints them: what the tests compare, word for word. */
export function printed(messages: readonly Message[]): string[] {
  return messages.map(formatMessage);
}

/** What `npm run ingest` would do in a check fixture (its seeds/ and content/papers/). */
export function fixturePlan(name: string): Promise<IngestPlan> {
  return planIngest({ seeds: 'seeds', out: 'content/papers', cwd: fixturePath(name) });
}

/**
 * A copy of a check fixture in a temporary folder with more files added,
 * for names a repository cannot hold: `con.mdx` cannot be checked out on
 * Windows, and two names that differ only in case collide on macOS.
 */
export async function fixtureCopy(name: string, added: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), `ar-atlas-check-${name}-`));
  await cp(fixturePath(name), folder, { recursive: true });
  for (const [path, text] of Object.entries(added)) await writeFile(join(folder, path), text);
  return folder;
}
