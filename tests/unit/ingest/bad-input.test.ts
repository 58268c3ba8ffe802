import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePaperFile } from '../../../src/format/paper-file.ts';
import { planIngest } from '../../../src/pipeline/plan-ingest.ts';
import { runCli } from './run-cli.ts';

const fixture = (name: string): string => new URL(`../../fixtures/${name}`, import.meta.url).pathname;

/** Run the CLI in a fixture folder (so paths read `seeds/listing.txt`) into a fresh output folder. */
async function ingestFixture(name: string, ...args: string[]) {
  const out = await mkdtemp(join(tmpdir(), `ar-atlas-${name}-`));
  const result = await runCli(['--out', out, ...args], fixture(name));
  return { ...result, written: await readdir(out) };
}

describe('bad input: one fixture folder per class, the exact words of each error, nothing written', { timeout: 30_000 }, () => {
  it('invalid UTF-8 names the file, line, column and byte', async () => {
    const result = await ingestFixture('invalid-utf8');
    expect(result.stderr).toBe('seeds/listing.txt:7:44: byte 0xEF is not valid UTF-8; save the file as UTF-8\ningest: 1 error(s); nothing written\n');
    expect(result.code).toBe(1);
    expect(result.written).toEqual([]);
  });

  it('a file with no papers says what a paper looks like', async () => {
    const result = await ingestFixture('no-papers');
    expect(result.stderr).toBe(
      'seeds/listing.txt:1:1: no papers found: expected a title (a paragraph of at most 300 characters) followed by its abstract (a paragraph of at least 100 characters), separated by a blank line\ningest: 1 error(s); nothing written\n',
    );
    expect(result.code).toBe(1);
    expect(result.written).toEqual([]);
  });

  it('a title with no abstract names the title and the line where the abstract should be', async () => {
    const result = await ingestFixture('title-without-abstract');
    expect(result.stderr).toBe(
      [
        'seeds/listing.txt:7:1: "Diffusion or Autoregression? A Fair Comparison" has no abstract after it; expected a paragraph of at least 100 characters on line 9',
        'seeds/listing.txt:13:1: "A Title" has no abstract after it; expected a paragraph of at least 100 characters on line 15',
        'ingest: 2 error(s); nothing written',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    expect(result.written).toEqual([]);
  });

  it('the same title with two different abstracts names both lines', async () => {
    const result = await ingestFixture('conflicting-duplicate');
    expect(result.stderr).toBe(
      'seeds/listing.txt:9:1: "NextTok: Why Next-Token Prediction Scales" is listed twice with different abstracts, on line 1 and line 9; keep the right one and delete the other\ningest: 1 error(s); nothing written\n',
    );
    expect(result.code).toBe(1);
    expect(result.written).toEqual([]);
  });

  it('the same title with the same abstract merges into one paper, with a warning', async () => {
    const result = await ingestFixture('merged-duplicate');
    expect(result.stderr).toBe(
      'seeds/listing.txt:9:1: warning: "NextTok: Why Next-Token Prediction Scales" is listed again with the same abstract as on line 1; merged into one paper\n',
    );
    expect(result.code).toBe(0);
    expect(result.written.sort()).toEqual(['adaptive-drafts-for-speculative-decoding.mdx', 'nexttok-why-next-token-prediction-scales.mdx']);
  });

  it('short abstracts are read by position: a first paper with a 127-character abstract is a paper, not page chrome', async () => {
    const result = await ingestFixture('short-abstracts', '--json');
    const report = JSON.parse(result.stdout) as { papers: Array<{ title: string; line: number }>; messages: Array<{ line: number; reason: string }> };
    expect(report.papers.map(({ title, line }) => `${line}: ${title}`)).toEqual([
      '3: Speculative Decoding at Scale: How Small Draft Models, Tree Verification and Careful Batching Make Large Models Fast',
      '7: Tiny Tokenizers',
      '11: NextTok: Why Next-Token Prediction Scales',
    ]);
    expect(report.messages.map(({ line, reason }) => `${line}: ${reason}`)).toEqual(['1: dropped page chrome "Daily Papers": it comes before the first title and abstract']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a new seed whose only paper has a short abstract gives that paper', async () => {
    const result = await ingestFixture('short-abstract-only');
    expect(result.stdout).toBe('ingest: 1 papers; 1 created, 0 updated, 0 unchanged, 0 kept, 0 removed\n');
    expect(result.written).toEqual(['tiny-tokenizers.mdx']);
  });

  it('dropping page chrome is reported even without --verbose', async () => {
    const result = await ingestFixture('short-abstracts');
    expect(result.stdout).toBe('ingest: 3 papers; 3 created, 0 updated, 0 unchanged, 0 kept, 0 removed; 1 paragraph(s) of page chrome dropped (--verbose names them)\n');
  });

  it('a paragraph too long for page chrome before the first paper is an error, never silently dropped', async () => {
    const result = await ingestFixture('long-chrome');
    expect(result.stderr).toBe(
      'seeds/listing.txt:1:1: "Get the trending papers of the day in your inbox every morni…" (132 characters) comes before the first paper ("NextTok: Why Next-Token Prediction Scales", line 3) and is too long for page chrome such as "Subscribe"; if it is an abstract, put its title on its own line before it, and if it belongs to no paper, delete it\ningest: 1 error(s); nothing written\n',
    );
    expect(result.code).toBe(1);
    expect(result.written).toEqual([]);
  });

  it('a title of only no-break and ideographic spaces, or only zero-width characters, is an error naming them', async () => {
    const result = await ingestFixture('invisible-title');
    expect(result.stderr).toBe(
      [
        'seeds/listing.txt:5:1: the title on line 5 has no visible character: it is only spaces (no-break, ideographic or other Unicode spaces); write the title in visible characters',
        'seeds/listing.txt:9:1: the title on line 9 has no visible character: it is only U+200B, U+200D, U+2060 (zero-width or other invisible characters); write the title in visible characters',
        'ingest: 2 error(s); nothing written',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    expect(result.written).toEqual([]);
  });

  it('never mints a slug the site or Windows refuses: digits only from a CJK title, a device name', async () => {
    const result = await ingestFixture('refused-slugs');
    expect(result.code).toBe(0);
    expect(result.written.sort()).toEqual(['paper-2024.mdx', 'paper-con.mdx']);
  });

  it('CRLF line ends, a BOM and hard-wrapped abstracts are fine', async () => {
    const plan = await planIngest({ seeds: 'seeds', out: 'out', cwd: fixture('crlf-bom') });
    expect(plan.messages.map((message) => `${message.line}: ${message.reason}`)).toEqual([
      '1: dropped page chrome "Trending today": it comes before the first title and abstract',
    ]);
    expect(plan.papers.map(({ title, file, line }) => ({ title, file, line }))).toEqual([
      { title: 'NextTok: Why Next-Token Prediction Scales', file: 'seeds/listing.txt', line: 3 },
      { title: 'Diffusion or Autoregression? A Fair Comparison', file: 'seeds/listing.txt', line: 11 },
    ]);
    const [first] = plan.files.map((file) => parsePaperFile(file.text!, file.path));
    expect(first!.abstractText).toMatch(/^We study how a causal transformer predicts the next token of a sequence and why that simple objective scales so well\. Our/);
    expect(first!.abstractText).not.toMatch(/[\r\n\uFEFF]|  /);
    expect(plan.files.some((file) => /[\r\uFEFF]/.test(file.text!))).toBe(false);
  });

  it('a YAML alias bomb in a paper file is one line naming the file and line, and nothing is written', async () => {
    const result = await runCli(['--out', 'content/papers'], fixture('check-yaml-alias-bomb'));
    expect(result.stderr).toBe(
      "content/papers/image-tokens.mdx:7:8: the frontmatter's YAML aliases (*name) expand to more than 100 copies, too many to read safely\n" +
        '  fix: write each value out in full: content files need no YAML anchors (&name) or aliases (*name)\n' +
        'ingest: 1 error(s); nothing written\n',
    );
    expect(result.code).toBe(1);
    expect(await readdir(fixture('check-yaml-alias-bomb/content/papers'))).toEqual(['image-tokens.mdx']);
  });
});
