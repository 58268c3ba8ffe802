import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticListing, type ListingFile } from '../../../src/cli/synthetic-listing.ts';
import { splitSentences } from '../../../src/knowledge/sentences.ts';
import { STOP_WORDS } from '../../../src/knowledge/stop-words.ts';
import { indexText } from '../../../src/knowledge/tokens.ts';
import { planIngest, type IngestPlan } from '../../../src/pipeline/plan-ingest.ts';

const SEED = new URL('../../../seeds/daily-papers-autoregressive.txt', import.meta.url).pathname;

describe('a synthetic corpus for the benchmark', { timeout: 60_000 }, () => {
  let seed: string;
  let seedPlan: IngestPlan;
  let files: ListingFile[];
  let plan: IngestPlan;
  let dir: string;

  /** Ingest's own reading of listing files, in a scratch folder. */
  async function ingest(listings: readonly ListingFile[]): Promise<IngestPlan> {
    const root = await mkdtemp(join(dir, 'project-'));
    await mkdir(join(root, 'seeds'));
    for (const file of listings) await writeFile(join(root, 'seeds', file.name), file.text);
    return planIngest({ seeds: 'seeds', out: 'content/papers', cwd: root });
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ar-atlas-synthetic-'));
    seed = await readFile(SEED, 'utf8');
    seedPlan = await ingest([{ name: 'seed.txt', text: seed }]);
    files = syntheticListing(seed, { papers: 120 });
    plan = await ingest(files);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is the listing format ingest reads: every paper found, no error or warning', () => {
    expect(plan.papers).toHaveLength(120);
    expect(plan.messages.filter((message) => message.severity !== 'info')).toEqual([]);
  });

  it('comes as daily listings of 50 papers, each starting with page chrome', () => {
    expect(files.map((file) => file.name)).toEqual(['synthetic-0001.txt', 'synthetic-0002.txt', 'synthetic-0003.txt']);
    expect(plan.messages.filter((message) => /dropped page chrome "Daily Papers"/.test(message.reason))).toHaveLength(3);
    expect(files.map((file) => file.text.split('\n\n').length)).toEqual([2 + 2 * 50 + 1, 2 + 2 * 50 + 1, 2 + 2 * 20 + 1]);
  });

  it('has unique titles and slugs, none of them a seed title', () => {
    const titles = plan.papers.map((paper) => paper.title);
    expect(new Set(titles).size).toBe(120);
    expect(new Set(plan.papers.map((paper) => paper.slug)).size).toBe(120);
    const seedTitles = new Set(seedPlan.papers.map((paper) => paper.title));
    expect(titles.filter((title) => seedTitles.has(title))).toEqual([]);
  });

  it('has abstracts about as long as the seed’s: a seed paper’s length give or take a quarter, at most one sentence over', () => {
    const lengths = seedPlan.papers.map((paper) => paper.paper.abstract.length);
    const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
    const longestSentence = Math.max(...seedPlan.papers.flatMap((paper) => splitSentences(paper.paper.abstract).map((sentence) => sentence.text.length)));
    for (const paper of plan.papers) {
      expect(paper.paper.abstract.length).toBeGreaterThanOrEqual(0.75 * shortest);
      expect(paper.paper.abstract.length).toBeLessThanOrEqual(1.25 * longest + longestSentence);
    }
    const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(plan.papers.map((paper) => paper.paper.abstract.length)) / mean(lengths)).toBeGreaterThan(0.8);
    expect(mean(plan.papers.map((paper) => paper.paper.abstract.length)) / mean(lengths)).toBeLessThan(1.25);
    expect(new Set(plan.papers.map((paper) => paper.paper.abstract)).size).toBe(120);
  });

  it('has each word in about as many papers as the seed does, as a longer real listing would', async () => {
    /** Share of the papers whose title or abstract has each stem (stop words aside). */
    const shares = (papers: IngestPlan['papers']): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const { paper } of papers) {
        const stems = new Set(indexText(`${paper.title}. ${paper.abstract}`).tokens.filter((token) => !STOP_WORDS.has(token.lower)).map((token) => token.stem));
        for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
      }
      return new Map([...counts].map(([stem, count]) => [stem, count / papers.length]));
    };
    const seedShares = shares(seedPlan.papers);
    const synthetic = shares((await ingest(syntheticListing(seed, { papers: 1000 }))).papers);
    // Stems in at least a fifth of the seed's papers ("token" 43 %, "diffus" 38 %, "imag" 32 %): when every
    // abstract was sentences of all the seed's papers, these reached 72 %, 70 % and 83 % of the synthetic ones.
    const common = [...seedShares].filter(([, share]) => share >= 0.2);
    expect(common.length).toBeGreaterThan(50);
    const off = common.filter(([stem, share]) => Math.abs(synthetic.get(stem)! - share) > 0.15).map(([stem, share]) => `${stem}: seed ${share.toFixed(2)}, synthetic ${synthetic.get(stem)!.toFixed(2)}`);
    expect(off).toEqual([]);
    // And on average over the stems in at least one paper in twenty, a few points apart (that blend: 4.3).
    const frequent = [...seedShares].filter(([, share]) => share >= 0.05);
    const meanGap = frequent.reduce((sum, [stem, share]) => sum + Math.abs((synthetic.get(stem) ?? 0) - share), 0) / frequent.length;
    expect(meanGap).toBeLessThan(0.025);
  });

  it('is the same corpus every time, and its first papers do not depend on how many follow', () => {
    expect(syntheticListing(seed, { papers: 120 })).toEqual(files);
    const fewer = syntheticListing(seed, { papers: 60 });
    expect(fewer[0]).toEqual(files[0]);
    expect(fewer[1]!.text).toBe(files[1]!.text.split('\n\n').slice(0, 2 + 2 * 10).join('\n\n') + '\n\n');
  });
});
