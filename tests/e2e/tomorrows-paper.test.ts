import { execFile } from 'node:child_process';
import { appendFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, scratchProject } from '../../src/cli/scratch-project.ts';
import { attr, elements, readSite, textOf, type BuiltSite, type Element } from './built-site.ts';

const run = promisify(execFile);

/**
 * A paper worded the way tomorrow's papers are: a visual tokenizer and the GPT-style generator trained on its
 * codes, with none of the phrases the vision-ar rules know ("autoregressive", "image generation" as a phrase,
 * "visual tokens"). The rules alone leave it in "other" (tests/unit/knowledge/topic-model.test.ts).
 */
const TITLE = 'Scaling the vocabulary of visual tokenizers';
const ABSTRACT =
  'Tokenizers that quantize images into a grid of codes usually use only a small part of a large codebook. We initialise the codebook from pretrained features and update it with a projection, so nearly every code is used even with a hundred thousand entries. Reconstruction improves markedly, and a GPT-style generator trained on the resulting codes improves class-conditional ImageNet generation.';

const hasClass = (element: Element, name: string): boolean => (attr(element, 'class') ?? '').split(' ').includes(name);

/**
 * A contributor appends that paper to the seed listing and runs the ingest, as CONTRIBUTING says; the build then
 * places it on vision-ar through the learned part of membership, which the topic page must show and explain.
 */
describe("tomorrow's paper, which only the learned part of membership places", () => {
  let project: string;
  let site: BuiltSite;
  let slug: string;

  beforeAll(async () => {
    project = await scratchProject('tomorrow');
    const before = new Set(await readdir(join(project, 'content/papers')));
    await appendFile(join(project, 'seeds/daily-papers-autoregressive.txt'), `\n\n${TITLE}\n\n${ABSTRACT}\n`);
    await run(process.execPath, ['scripts/ingest.ts'], { cwd: project });
    const added = (await readdir(join(project, 'content/papers'))).filter((file) => !before.has(file));
    expect(added).toHaveLength(1);
    slug = added[0]!.replace(/\.mdx$/, '');
    await buildProject(project, { BASE_PATH: '' });
    site = await readSite(join(project, 'dist'), '/');
  }, 300_000);

  afterAll(() => rm(project, { recursive: true, force: true }));

  it('lists it on the vision-ar page, marked borderline, with the words of its own that weighed most', () => {
    const topic = site.pages.find((page) => page.url === '/topics/vision-ar/')!;
    const item = [...elements(topic.document)].find(
      (el) => el.tagName === 'li' && [...elements(el)].some((inner) => inner.tagName === 'a' && attr(inner, 'href') === `/papers/${slug}/`),
    );
    expect(item, `/papers/${slug}/ on /topics/vision-ar/`).toBeDefined();
    expect([...elements(item!)].some((inner) => hasClass(inner, 'borderline'))).toBe(true);
    const why = [...elements(item!)].find((inner) => hasClass(inner, 'why'))!;
    expect(textOf(why)).toMatch(/^borderline worded like this topic's labelled papers: .+ \((?:title|abstract)\)/);
    // The words quoted are the paper's own.
    const words = textOf(why).replace(/^borderline worded like this topic's labelled papers: /, '').split(/, /);
    for (const word of words) expect(`${TITLE} ${ABSTRACT}`.toLowerCase()).toContain(word.replace(/ \((?:title|abstract)\)$/, '').toLowerCase());
  });

  it('names the topic on the paper page, so a reader who lands on the paper finds its neighbours', () => {
    const paper = site.pages.find((page) => page.url === `/papers/${slug}/`)!;
    const links = [...elements(paper.document)].filter((el) => el.tagName === 'a' && attr(el, 'href') === '/topics/vision-ar/');
    expect(links.length).toBeGreaterThan(0);
  });
});
