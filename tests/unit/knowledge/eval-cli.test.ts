import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/format/topic-corpus.ts';

const root = new URL('../../..', import.meta.url).pathname;
const script = new URL('../../../scripts/eval.ts', import.meta.url).pathname;

function runEval(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

// Each run trains nine models on the dev part (about 25 s on a quiet machine): the limit only catches a hang.
describe('npm run eval', { timeout: 240_000 }, () => {
  it('prints precision, recall and F1 per required topic on the seed and the dev part, the clear calls apart, and holds the test part out', async () => {
    const { code, stdout } = await runEval([]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.split('\n');
    expect(header).toMatch(/^topic +seed P\/R\/F1 \(n\+\) +dev P\/R\/F1 \(n\+\) *$/);
    for (const topic of ['vision-ar', 'speech-tts', 'llm-inference', 'diffusion-vs-ar']) {
      expect(rows.find((row) => row.startsWith(`${topic} `))).toMatch(/^[a-z-]+ +(?:\d\.\d{3} \d\.\d{3} \d\.\d{3} \(\d+\) +){2}$/);
    }
    expect(stdout).toContain('(test part held out: add -- --test only to report, once tuning is done)');
    expect(stdout).not.toMatch(/test P\/R\/F1|false (?:positive|negative)/);
    // The clear calls again, apart: each topic's members are the dev papers labelled in it and not marked borderline.
    const at = rows.findIndex((row) => row.startsWith('clear calls only'));
    expect(rows[at + 1]).toMatch(/^topic +dev P\/R\/F1 \(n\+\) *$/);
    const dev = await readCorpus('dev', root);
    for (const [offset, topic] of ['vision-ar', 'speech-tts', 'llm-inference', 'diffusion-vs-ar'].entries()) {
      const members = Number(/\((\d+)\) *$/.exec(rows[at + 2 + offset]!)?.[1]);
      expect(members, topic).toBe(dev.filter((item) => item.topics.includes(topic) && !item.borderline.includes(topic)).length);
    }
  });

  it('lists what the seed and the dev part get wrong with --details', async () => {
    const { stdout } = await runEval(['--details']);
    expect(stdout).toMatch(/^(?:seed|dev) [a-z-]+ false (?:positive|negative): .+$/m);
    expect(stdout).not.toMatch(/^test /m);
  });

  it('refuses an unknown option, with the usage', async () => {
    const { code, stderr } = await runEval(['--tset']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^eval: Unknown option '--tset'[\s\S]*\nusage: npm run eval \[-- --details\] \[-- --test\] \[-- --folds\] \[-- --rules\]\n$/);
  });

  it('adds the dev part block by block with --folds, every dev paper in one block', async () => {
    const { code, stdout } = await runEval(['--folds']);
    expect(code).toBe(0);
    const header = stdout.split('\n').find((line) => line.includes('even years'));
    const sizes = [...(header ?? '').matchAll(/(even years|(?:first|second|third|fourth|fifth|sixth|seventh) test part) (\d+) P\/R\/F1/g)].map((match) => [match[1], Number(match[2])]);
    expect(sizes.map(([name]) => name)).toEqual(['even years', 'first test part', 'second test part', 'third test part', 'fourth test part', 'fifth test part', 'sixth test part', 'seventh test part']);
    const dev = await readCorpus('dev', root);
    expect(sizes.reduce((sum, [, size]) => sum + Number(size), 0)).toBe(dev.length);
    const rows = stdout.slice(stdout.indexOf(header!)).split('\n').slice(1, 5);
    for (const row of rows) expect(row).toMatch(/^[a-z-]+ +(?:\d\.\d{3} \d\.\d{3} \d\.\d{3} \(\d+\) +){8}$/);
    expect(stdout).not.toMatch(/test P\/R\/F1/);
  });
});
