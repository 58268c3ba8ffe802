import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePaperFile } from '../../../src/format/paper-file.ts';
import { runCheck, runCli } from './run-cli.ts';
import { CONTROLAR, LANTERN, project, SEED_FILE } from './seed-project.ts';

const LANTERN_TITLE = 'LANTERN: Accelerating Visual Autoregressive Models with Relaxed Speculative Decoding';
const CONTROLAR_TITLE = 'ControlAR: Controllable Image Generation with Autoregressive Models';
const QUICK_OK = 'check: all clear (quick: no type check, build or link check)\n';
const REVIEW_FIX =
  '  fix: ingest keeps the file as it is; when it has what you want, delete its `generated:` line so it counts as written by hand and is not compared again, or undo the hand edits so ingest updates it from the seed';

describe('a hand-edited paper whose seed entry changes', { timeout: 60_000 }, () => {
  it.each([
    ['its title changes in the seed', (seed: string) => seed.replace(LANTERN_TITLE, LANTERN_TITLE.replace(' with ', ' via '))],
    ['its abstract changes in the seed', (seed: string) => seed.replace('one major limitation of AR models', 'one known limitation of AR models')],
  ])('keeps its file and its one page when %s; ingest and check both say to review it', async (_case, change) => {
    const { dir, edit, snapshot } = await project();
    await edit(LANTERN, (text) => text.replace('hampering the performance', 'hurting the performance'));
    await edit(SEED_FILE, change);
    const before = await snapshot();

    const check = await runCheck(['--quick'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe(
      `${SEED_FILE}:23:1: the seed changed for hand-edited ${LANTERN}: review this entry and bring what you want into the file [seed-drift]\n${REVIEW_FIX}\n` +
        'check: 1 problem(s); each names its file and the fix\n',
    );

    const ingest = await runCli([], dir);
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).toBe(`${SEED_FILE}:23:1: warning: the seed changed for hand-edited ${LANTERN}: review this entry and bring what you want into the file\n${REVIEW_FIX}\n`);
    expect(ingest.stdout).toBe(`kept hand-edited ${LANTERN}\ningest: 69 papers; 0 created, 0 updated, 68 unchanged, 1 kept, 0 removed; 5 paragraph(s) of page chrome dropped (--verbose names them)\n`);
    expect(await snapshot()).toEqual(before);
  });

  it('is found by its seed position when its title was also edited by hand, and is still not deleted or doubled', async () => {
    const { dir, edit, snapshot } = await project();
    await edit(LANTERN, (text) => text.replace(`title: "${LANTERN_TITLE}"`, 'title: "LANTERN: Relaxed Speculative Decoding for Visual AR Models"'));
    await edit(SEED_FILE, (seed) => seed.replace('one major limitation of AR models', 'one known limitation of AR models'));
    const before = await snapshot();
    const ingest = await runCli([], dir);
    expect(ingest.stderr).toBe(`${SEED_FILE}:23:1: warning: the seed changed for hand-edited ${LANTERN}: review this entry and bring what you want into the file\n${REVIEW_FIX}\n`);
    expect(ingest.stdout).toBe(`kept hand-edited ${LANTERN}\ningest: 69 papers; 0 created, 0 updated, 68 unchanged, 1 kept, 0 removed; 5 paragraph(s) of page chrome dropped (--verbose names them)\n`);
    expect(await snapshot()).toEqual(before);
  });

  it('is quiet again once reviewed: without its `generated:` line it is the contributor\'s', async () => {
    const { dir, edit } = await project();
    await edit(LANTERN, (text) => text.replace('hampering the performance', 'hurting the performance'));
    await edit(SEED_FILE, (seed) => seed.replace(LANTERN_TITLE, LANTERN_TITLE.replace(' with ', ' via ')));
    await edit(LANTERN, (text) => text.replace(/^generated: .*\n/m, ''));
    expect(await runCheck(['--quick'], dir)).toMatchObject({ code: 0, stderr: '' });
    expect(await runCli([], dir)).toMatchObject({ code: 0, stderr: '', stdout: `kept hand-edited ${LANTERN}\ningest: 69 papers; 0 created, 0 updated, 68 unchanged, 1 kept, 0 removed; 5 paragraph(s) of page chrome dropped (--verbose names them)\n` });
  });
});

describe('fixing a typo in a seed title', { timeout: 60_000 }, () => {
  const fixed = CONTROLAR_TITLE.replace('Models', 'Modeling');

  it('keeps the slug, so the address does not break: check says so, and ingest updates the file in place', async () => {
    const { dir, edit, ingest, read, snapshot } = await project();
    await edit(SEED_FILE, (seed) => seed.replace(CONTROLAR_TITLE, fixed));
    const names = [...(await snapshot()).keys()];

    const check = await runCheck(['--quick'], dir);
    expect(check.stderr).toBe(
      `${CONTROLAR}:2:8: the title "${CONTROLAR_TITLE}" no longer matches its seed entry (${SEED_FILE}:15): "${fixed}" [seed-drift]\n` +
        "  fix: run `npm run ingest` to update the file from the seed; it keeps the file's name, so the page stays at /papers/controlar-controllable-image-generation-with-autoregressive/; if the seed is what is wrong, fix seeds/daily-papers-autoregressive.txt instead\n" +
        'check: 1 problem(s); each names its file and the fix\n',
    );

    const plan = await ingest();
    expect(plan.files.filter((file) => file.status !== 'unchanged').map(({ path, status }) => ({ path, status }))).toEqual([{ path: CONTROLAR, status: 'updated' }]);
    expect(parsePaperFile(await read(CONTROLAR), CONTROLAR).frontmatter.title).toBe(fixed);
    expect([...(await snapshot()).keys()]).toEqual(names);
    expect(await runCheck(['--quick'], dir)).toMatchObject({ code: 0, stdout: expect.stringContaining(QUICK_OK) });
  });

  it('keeps the slug even when the entry moved in the same change (found by its abstract)', async () => {
    const { edit, ingest } = await project();
    const abstract = 'We add a paper above ControlAR, so every line below moves. '.repeat(8).trim();
    await edit(SEED_FILE, (seed) => seed.replace(CONTROLAR_TITLE, `A Paper Listed First\n\n${abstract}\n\n${fixed}`));
    const plan = await ingest();
    // Every entry below the new one moved, so their `source.line` is updated too; nothing is removed.
    expect(plan.files.filter((file) => file.status === 'created' || file.status === 'removed').map(({ path, status }) => ({ path, status }))).toEqual([
      { path: 'content/papers/a-paper-listed-first.mdx', status: 'created' },
    ]);
    expect(plan.files.find((file) => file.path === CONTROLAR)).toMatchObject({ status: 'updated', source: { file: SEED_FILE, line: 19 } });
    expect(plan.papers.find((paper) => paper.slug === 'controlar-controllable-image-generation-with-autoregressive')?.title).toBe(fixed);
  });
});

describe('a different paper listed where a removed one stood', { timeout: 60_000 }, () => {
  it('gets a page of its own: the seed position alone does not hand it the old paper\'s page', async () => {
    const { edit, ingest, read } = await project();
    const seed = await read(SEED_FILE);
    const lantern = seed.split('\n')[24]!;
    const other = 'We study tokenizers for speech codecs and how their bitrate shapes what a language model can learn from audio. '.repeat(6).trim();
    await edit(SEED_FILE, (text) => text.replace(LANTERN_TITLE, 'Speech Tokenizers at Low Bitrates').replace(lantern, other));
    const plan = await ingest();
    expect(plan.files.filter((file) => file.status === 'created' || file.status === 'removed').map(({ path, status }) => ({ path, status }))).toEqual([
      { path: 'content/papers/speech-tokenizers-at-low-bitrates.mdx', status: 'created' },
      { path: LANTERN, status: 'removed' },
    ]);
  });
});

describe('merging two papers as CONTRIBUTING says, for papers that came from a seed', { timeout: 60_000 }, () => {
  it('keeps the merged file deleted and its slug as an alias: ingest does not recreate it and check accepts the alias', async () => {
    const { dir, edit, ingest, read } = await project();
    const seed = await read(SEED_FILE);
    const abstract = seed.split('\n')[24]!;
    const twinTitle = 'LANTERN++: Relaxed Speculative Decoding for Visual AR Models';
    const twin = 'content/papers/lantern-relaxed-speculative-decoding-for-visual-ar-models.mdx';
    await edit(SEED_FILE, (text) => `${text.trimEnd()}\n\n${twinTitle}\n\n${abstract} An extended version.\n`);
    expect((await ingest()).files.filter((file) => file.status === 'created').map((file) => file.path)).toEqual([twin]);

    // CONTRIBUTING: "delete one, and add its slug to the other's aliases".
    await rm(join(dir, twin));
    await edit(LANTERN, (text) => text.replace(/^aliases: \[\]$/m, 'aliases: ["lantern-relaxed-speculative-decoding-for-visual-ar-models"]'));

    expect(await runCheck(['--quick'], dir)).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining(QUICK_OK) });
    const again = await runCli(['--verbose'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `${SEED_FILE}:287:1: info: "${twinTitle}" is merged into ${LANTERN}, whose \`aliases\` lists "lantern-relaxed-speculative-decoding-for-visual-ar-models": no page of its own\n`,
    );
    expect(again.stdout).toMatch(/\ningest: 69 papers; 0 created, 0 updated, 69 unchanged, 0 kept, 0 removed; 5 paragraph\(s\) of page chrome dropped \(--verbose names them\)\n$/);
    expect(await readdir(join(dir, 'content/papers'))).not.toContain(twin.split('/').at(-1));
    expect(await readFile(join(dir, LANTERN), 'utf8')).toContain('aliases: ["lantern-relaxed-speculative-decoding-for-visual-ar-models"]');
  });
});
