import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHandEdited, parsePaperFile } from '../../../src/format/paper-file.ts';
import { planIngest } from '../../../src/pipeline/plan-ingest.ts';
import { writePlan } from '../../../src/pipeline/write-plan.ts';
import { runCli } from './run-cli.ts';
import { CONTROLAR, LANTERN, project } from './seed-project.ts';

describe('re-ingest', { timeout: 30_000 }, () => {
  it('changes no byte when the seed has not changed', async () => {
    const { ingest, snapshot } = await project();
    const before = await snapshot();
    expect(before.size).toBe(69);
    const plan = await ingest();
    expect(plan.files.map((file) => file.status)).toEqual(Array(69).fill('unchanged'));
    expect(await snapshot()).toEqual(before);
  });

  it('leaves a hand-edited file untouched and says so', async () => {
    const { dir, read, write, snapshot } = await project();
    const edited = (await read(CONTROLAR)).replace('reformulated image generation', 'recast image generation');
    await write(CONTROLAR, edited);
    const before = await snapshot();
    const result = await runCli([], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`kept hand-edited ${CONTROLAR}\ningest: 69 papers; 0 created, 0 updated, 68 unchanged, 1 kept, 0 removed; 5 paragraph(s) of page chrome dropped (--verbose names them)\n`);
    expect(await snapshot()).toEqual(before);
  });

  it('finds a file whose title was edited by hand, and does not make a second page for the paper', async () => {
    const { read, write, ingest, snapshot } = await project();
    await write(CONTROLAR, (await read(CONTROLAR)).replace('title: "ControlAR: Controllable', 'title: "ControlAR: Controlled'));
    const before = await snapshot();
    const plan = await ingest();
    expect(plan.files.find((file) => file.path === CONTROLAR)?.status).toBe('kept');
    expect(await snapshot()).toEqual(before);
  });

  it('carries contributor fields and notes over verbatim when the abstract changes', async () => {
    const { dir, read, write, ingest } = await project();
    const contributed = (await read(LANTERN))
      .replace('topics: []', 'topics: [vision-ar, llm-inference] # picked by hand')
      .replace('excludeTopics: []', 'excludeTopics:\n  - speech-tts')
      .replace('aliases: []', "aliases: ['lantern']")
      .concat('\nLANTERN++ followed up on this; see *Table 2*.\n\n<Aside>kept as written</Aside>\n');
    await write(LANTERN, contributed);
    expect(isHandEdited(parsePaperFile(contributed, LANTERN))).toBe(false);

    // Unchanged seed: a file with contributor edits is already what ingest writes.
    expect((await ingest()).files.find((file) => file.path === LANTERN)?.status).toBe('unchanged');
    expect(await read(LANTERN)).toBe(contributed);

    // The seed's abstract changes: ingest rewrites its part, keeps the contributor's.
    const seed = join(dir, 'seeds/daily-papers-autoregressive.txt');
    await writeFile(seed, (await readFile(seed, 'utf8')).replace('hampering the performance', 'hurting the performance'));
    expect((await ingest()).files.find((file) => file.path === LANTERN)?.status).toBe('updated');
    const after = await read(LANTERN);
    expect(after).toBe(contributed.replace('hampering the performance', 'hurting the performance').replace(/generated: "sha256-[0-9a-f]+"/, after.match(/generated: "sha256-[0-9a-f]+"/)![0]));
    expect(after).not.toBe(contributed);
    const file = parsePaperFile(after, LANTERN);
    expect(file.frontmatter).toMatchObject({ topics: ['vision-ar', 'llm-inference'], excludeTopics: ['speech-tts'], aliases: ['lantern'] });
    expect(file.notes).toBe('\nLANTERN++ followed up on this; see *Table 2*.\n\n<Aside>kept as written</Aside>\n');
  });

  it('fills arxiv from the seed, and carries identifiers and bibliographic fields a contributor set', async () => {
    const { dir, read, write, ingest } = await project();
    const seed = join(dir, 'seeds/daily-papers-autoregressive.txt');
    const listed = await readFile(seed, 'utf8');
    await writeFile(seed, listed.replace('hampering the performance', 'hampering (arXiv:2410.03355v2) the performance'));
    expect((await ingest()).files.find((file) => file.path === LANTERN)?.status).toBe('updated');
    const filled = await read(LANTERN);
    expect(filled).toContain('\nlinks: []\narxiv: "2410.03355"\ntopics: []\n');

    // A contributor adds what no listing says; a re-run changes no byte.
    const bibliography = 'doi: "10.1000/lantern.2025"\nauthors:\n  - Doohyuk Jang # first author\n  - Sihwan Park\npublished: 2024-10-04\nvenue: ICLR 2025\n';
    const contributed = filled.replace('topics: []', `${bibliography}topics: []`);
    await write(LANTERN, contributed);
    expect(isHandEdited(parsePaperFile(contributed, LANTERN))).toBe(false);
    expect((await ingest()).files.find((file) => file.path === LANTERN)?.status).toBe('unchanged');

    // The seed's id changes: ingest's own arxiv follows it, the contributor's fields stay as written.
    await writeFile(seed, listed.replace('hampering the performance', 'hampering (arXiv:2410.03356) the performance'));
    await ingest();
    const moved = await read(LANTERN);
    expect(moved).toContain(`arxiv: "2410.03356"\n${bibliography}topics: []`);

    // A contributor's arxiv wins over the seed's, and survives another change to the seed.
    await write(LANTERN, moved.replace('arxiv: "2410.03356"', "arxiv: '2410.01699' # the seed's id is wrong"));
    await writeFile(seed, listed.replace('hampering the performance', 'hampering (arXiv:2410.03357) the performance'));
    await ingest();
    const kept = await read(LANTERN);
    expect(kept).toContain(`arxiv: '2410.01699' # the seed's id is wrong\n${bibliography}topics: []`);
    expect(parsePaperFile(kept, LANTERN).frontmatter).toMatchObject({ arxiv: '2410.01699', doi: '10.1000/lantern.2025', published: '2024-10-04', venue: 'ICLR 2025' });
  });

  it('keeps the slug of an existing file for its paper, even one renamed by hand', async () => {
    const { dir, read, ingest, snapshot } = await project();
    const renamed = 'content/papers/controlar.mdx';
    await writeFile(join(dir, renamed), await read(CONTROLAR));
    await rm(join(dir, CONTROLAR));
    const before = await snapshot();
    const plan = await ingest();
    expect(plan.papers.find((paper) => paper.title.startsWith('ControlAR'))?.slug).toBe('controlar');
    expect(await snapshot()).toEqual(before);
  });

  it('removes the file of a paper no longer in the seed, unless a contributor wrote in it', async () => {
    const { dir, read, write, ingest } = await project();
    await write(LANTERN, `${await read(LANTERN)}A note worth keeping.\n`);
    const seed = join(dir, 'seeds/daily-papers-autoregressive.txt');
    const lines = (await readFile(seed, 'utf8')).split('\n');
    // Drop ControlAR (title on line 15, abstract on 17) and LANTERN (23, 25), with their blank lines.
    await writeFile(seed, lines.filter((_, index) => ![14, 15, 16, 17, 22, 23, 24, 25].includes(index)).join('\n'));
    const plan = await ingest();
    expect(plan.messages.filter((message) => message.severity === 'error')).toEqual([]);
    expect(plan.files.filter((file) => file.status === 'removed').map((file) => file.path)).toEqual([CONTROLAR]);
    expect(plan.messages.filter((message) => message.severity === 'warning').map((message) => message.reason)).toEqual([
      `kept ${LANTERN}: its paper is in no seed any more, but the file has hand edits or contributor notes; delete it if the paper is gone`,
    ]);
    const names = await readdir(join(dir, 'content/papers'));
    expect(names).toHaveLength(68);
    expect(names).not.toContain('controlar-controllable-image-generation-with-autoregressive.mdx');
  });
});

describe('all or nothing', { timeout: 30_000 }, () => {
  it('writes nothing when any paper has an error, even files that would have changed', async () => {
    const { dir, snapshot } = await project();
    const before = await snapshot();
    const seed = join(dir, 'seeds/daily-papers-autoregressive.txt');
    const text = await readFile(seed, 'utf8');
    await writeFile(seed, `${text.replace('hampering the performance', 'hurting the performance')}\n\nA Lonely Title\n`);
    const result = await runCli([], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('seeds/daily-papers-autoregressive.txt:287:1: "A Lonely Title" has no abstract after it; expected a paragraph of at least 100 characters on line 289\ningest: 1 error(s); nothing written\n');
    expect(await snapshot()).toEqual(before);
  });
});

describe('--check', { timeout: 30_000 }, () => {
  it('passes when content is what the seeds give, and lists every difference when not (hand-edited files excepted)', async () => {
    const { dir, read, write } = await project();
    expect(await runCli(['--check'], dir)).toEqual({ code: 0, stdout: 'ingest --check: 69 file(s) match the seeds\n', stderr: '' });

    await write(CONTROLAR, (await read(CONTROLAR)).replace('reformulated', 'recast'));
    await rm(join(dir, LANTERN));
    const snapshotBefore = await readdir(join(dir, 'content/papers'));
    const result = await runCli(['--check'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${LANTERN}: not what the seeds give (ingest would create it)\ningest --check: 1 file(s) differ; run npm run ingest\n`);
    expect(await readdir(join(dir, 'content/papers'))).toEqual(snapshotBefore);
  });
});

describe('--json', { timeout: 30_000 }, () => {
  it('prints the report: papers with slug, title, file, line, topics, and the messages', async () => {
    const { dir } = await project();
    const result = await runCli(['--json', '--dry-run'], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { papers: Array<Record<string, unknown>>; messages: Array<Record<string, unknown>> };
    expect(Object.keys(report)).toEqual(['papers', 'messages']);
    expect(report.papers).toHaveLength(69);
    expect(report.papers[1]).toEqual({
      slug: 'controlar-controllable-image-generation-with-autoregressive',
      title: 'ControlAR: Controllable Image Generation with Autoregressive Models',
      file: 'seeds/daily-papers-autoregressive.txt',
      line: 15,
      topics: [],
    });
    expect(report.messages[0]).toEqual({
      file: 'seeds/daily-papers-autoregressive.txt',
      line: 1,
      column: 1,
      severity: 'info',
      reason: 'dropped page chrome "new": it comes before the first title and abstract',
    });
  });
});
