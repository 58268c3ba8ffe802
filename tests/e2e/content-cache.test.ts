import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, scratchProject } from '../../src/cli/scratch-project.ts';

/** A paper another abstract names ("FastSpeech"), and that abstract's page. */
const NAMED = 'fastspeech-fast-robust-and-controllable-text-to-speech';
const NAMING = 'fastspeech-2-fast-and-high-quality-end-to-end-text-to-speech';

/**
 * Astro's content cache between two builds of one project: the second build
 * must not serve a page the change made stale, even one whose own file did
 * not change. Deleting a paper changes which names the other abstracts link
 * (src/knowledge/mentions.ts), so every page is rendered again.
 */
describe('the content cache between builds', () => {
  let project: string;
  let first: string;
  let second: string;
  const page = (slug: string): Promise<string> => readFile(join(project, 'dist/papers', slug, 'index.html'), 'utf8');
  let before: string;

  beforeAll(async () => {
    project = await scratchProject('content-cache');
    first = await buildProject(project, { BASE_PATH: '' });
    before = await page(NAMING);
    await rm(join(project, `content/papers/${NAMED}.mdx`));
    second = await buildProject(project, { BASE_PATH: '' });
  }, 300_000);

  afterAll(() => rm(project, { recursive: true, force: true }));

  it('renders every abstract on the first build', () => {
    expect(first).toMatch(/69 papers: 69 rendered, 0 left to MDX \(notes, or more than text and links\), 0 from the cache/);
    // The topic thread (src/site/prescore-topics.ts) scored them all before the pages needed them.
    expect(first).toMatch(/topic scores of 69 papers: 69 from the cache \(the build's topic thread, or the last build\), 0 scored while the pages waited/);
    expect(first).toMatch(/related papers and term vectors of 69 papers: from the build's topic thread/);
    expect(before).toContain(`<a href="/papers/${NAMED}/" class="mention">FastSpeech</a>`);
  });

  it('renders every page again when a deleted paper changes the names abstracts link, so none links a page that is gone', async () => {
    expect(second).toMatch(/68 papers: 68 rendered, 0 left to MDX \(notes, or more than text and links\), 0 from the cache/);
    expect(second).toMatch(/topic scores of 68 papers: 68 from the cache \(the build's topic thread, or the last build\), 0 scored while the pages waited/);
    expect(second).toMatch(/related papers and term vectors of 68 papers: from the build's topic thread/);
    const after = await page(NAMING);
    expect(after).not.toContain(`/papers/${NAMED}/`);
    expect(after).toContain('FastSpeech');
  });
});
