import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, scratchProject } from '../../src/cli/scratch-project.ts';

/** `npm run build` in a scratch project: its exit code and output. */
function build(project: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/build.ts'], { cwd: project, env: buildEnv({ BASE_PATH: '' }), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The last lines a failed build prints: the errors it found, then what became of dist/. */
const lastLines = (stderr: string, count: number): string[] => stderr.trimEnd().split('\n').slice(-count);

/**
 * `npm run build` builds beside dist/ and swaps the result in: a build that
 * fails leaves the previous site in dist/ (what `npm run preview` serves),
 * and names the content file, line and column of what broke.
 */
describe('npm run build: a failed build leaves dist/ as it was and says where it broke', () => {
  let project: string;
  let papers: string[];
  let built: string;

  beforeAll(async () => {
    project = await scratchProject('build-swap');
    papers = (await readdir(join(project, 'content/papers'))).sort();
    // A dist/ from some earlier build: the swap replaces the whole folder.
    await mkdir(join(project, 'dist'));
    await writeFile(join(project, 'dist/left-from-an-earlier-build.txt'), 'old');
  }, 120_000);

  afterAll(() => rm(project, { recursive: true, force: true }));

  it('swaps a successful build into dist/, leaving nothing beside it', async () => {
    const result = await build(project);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('build: the site is in dist');
    const dist = await readdir(join(project, 'dist'));
    expect(dist).toContain('index.html');
    expect(dist).toContain('sw.js');
    expect(dist).not.toContain('left-from-an-earlier-build.txt');
    expect((await readdir(project)).filter((name) => name.startsWith('.dist'))).toEqual([]);
    built = await readFile(join(project, 'dist/index.html'), 'utf8');
  }, 600_000);

  it('maps an MDX error in a contributor\'s note to the file, line and column, and keeps the previous dist/', async () => {
    const file = join(project, 'content/papers', papers[1]!);
    const text = await readFile(file, 'utf8');
    await writeFile(file, `${text}\nThe tokenizer has {k} entries.\n`);
    const line = text.split('\n').length + 1;
    const slug = papers[1]!.replace(/\.mdx$/, '');
    const result = await build(project);
    await writeFile(file, text);
    expect(result.code).toBe(1);
    expect(lastLines(result.stderr, 2)).toEqual([
      `content/papers/${slug}.mdx:${line}:20: ReferenceError: k is not defined, while the build rendered /papers/${slug}/`,
      'build: failed; dist is as it was before this build',
    ]);
    expect(await readFile(join(project, 'dist/index.html'), 'utf8')).toBe(built);
    expect((await readdir(project)).filter((name) => name.startsWith('.dist'))).toEqual([]);
  }, 600_000);

  it('refuses two paper files whose names differ only in case, naming both', async () => {
    const first = papers.find((name) => /^[a-z]/.test(name))!;
    const twin = first.charAt(0).toUpperCase() + first.slice(1);
    await writeFile(join(project, 'content/papers', twin), await readFile(join(project, 'content/papers', first), 'utf8'));
    const result = await build(project);
    await rm(join(project, 'content/papers', twin));
    expect(result.code).toBe(1);
    expect(lastLines(result.stderr, 2)).toEqual([
      `content/papers/${twin}: differs only in case from content/papers/${first}; keep one file (move what the other holds into it and delete it): the site would publish only one, and macOS and Windows checkouts hold only one`,
      'build: failed; dist is as it was before this build',
    ]);
    expect(await readFile(join(project, 'dist/index.html'), 'utf8')).toBe(built);
  }, 600_000);
});
