import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveTopics } from '../../../src/knowledge/topics.ts';
import { runCli } from '../ingest/run-cli.ts';
import { contentPapers, contentTopics } from './content.ts';

const root = new URL('../../..', import.meta.url).pathname;

/** A fresh checkout: the seed and the topic files, papers written by a first ingest. */
async function checkout(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ar-atlas-topics-report-'));
  await mkdir(join(dir, 'content'), { recursive: true });
  await cp(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
  await cp(join(root, 'content/topics'), join(dir, 'content/topics'), { recursive: true });
  const first = await runCli([], dir);
  expect(first.code, first.stderr).toBe(0);
  return dir;
}

interface Report {
  papers: Array<{ slug: string; topics: string[] }>;
  messages: Array<{ file: string; severity: string; reason: string }>;
}

describe('npm run ingest -- --json', { timeout: 60_000 }, () => {
  it('lists for each paper the topics the site derives', async () => {
    const dir = await checkout();
    const result = await runCli(['--json', '--dry-run'], dir);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;

    const site = deriveTopics(await contentPapers(), await contentTopics());
    const expected = [...site.byPaper].map(([slug, memberships]) => ({ slug, topics: memberships.map((item) => item.topic) }));
    expect(report.papers.map(({ slug, topics }) => ({ slug, topics }))).toEqual(expected);
    expect(report.papers.find((paper) => paper.slug.startsWith('lantern-'))!.topics).toEqual(['llm-inference', 'vision-ar']);
  });

  it('fails naming the paper file and the unknown topic id', async () => {
    const dir = await checkout();
    const path = 'content/papers/flover-a-temporal-fusion-framework-for-efficient.mdx';
    const text = await readFile(join(dir, path), 'utf8');
    await writeFile(join(dir, path), text.replace('topics: []', 'topics: [llm-inferense]'));
    const result = await runCli(['--json', '--dry-run'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${path}: unknown topic "llm-inferense" in topics; known topics: diffusion-vs-ar, language-model-pretraining, llm-inference,`,
    );
    expect(result.stderr).toContain('Did you mean "llm-inference"?');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.messages).toContainEqual(expect.objectContaining({ file: path, severity: 'error' }));
  });

  it('fails naming the topic file and the field of a broken rule', async () => {
    const dir = await checkout();
    const path = 'content/topics/speech-tts.md';
    const text = await readFile(join(dir, path), 'utf8');
    await writeFile(join(dir, path), text.replace(/threshold: [\d.]+/, 'threshold: five'));
    const result = await runCli([], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${path}:14:14: rules.threshold must be a number, got "five".\n  fix: give the field a value that src/schemas/topic.ts accepts (every field is described there)\n`,
    );
  });
});
