import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planIngest, type IngestPlan } from '../../../src/pipeline/plan-ingest.ts';
import { writePlan } from '../../../src/pipeline/write-plan.ts';

const SEED = new URL('../../../seeds/daily-papers-autoregressive.txt', import.meta.url).pathname;
/** The seed file of a scratch project, as paths in messages name it. */
export const SEED_FILE = 'seeds/daily-papers-autoregressive.txt';
export const CONTROLAR = 'content/papers/controlar-controllable-image-generation-with-autoregressive.mdx';
export const LANTERN = 'content/papers/lantern-accelerating-visual-autoregressive-models-with.mdx';

/** A scratch project and what a test does in it. */
export interface SeedProject {
  dir: string;
  /** Plan and, when the plan has no error, write, as `npm run ingest` does. */
  ingest: () => Promise<IngestPlan>;
  read: (path: string) => Promise<string>;
  write: (path: string, text: string) => Promise<void>;
  /** Change a file of the project with `change`. */
  edit: (path: string, change: (text: string) => string) => Promise<void>;
  /** Every paper file by name, with its text. */
  snapshot: () => Promise<Map<string, string>>;
}

/** A scratch project: the real seed in seeds/, content/papers/ as ingest leaves it. */
export async function project(): Promise<SeedProject> {
  const dir = await mkdtemp(join(tmpdir(), 'ar-atlas-reingest-'));
  await mkdir(join(dir, 'seeds'));
  await cp(SEED, join(dir, SEED_FILE));
  const ingest = async () => {
    const plan = await planIngest({ seeds: 'seeds', out: 'content/papers', cwd: dir });
    if (!plan.messages.some((message) => message.severity === 'error')) await writePlan(plan);
    return plan;
  };
  const read = (path: string) => readFile(join(dir, path), 'utf8');
  const write = (path: string, text: string) => writeFile(join(dir, path), text);
  const edit = async (path: string, change: (text: string) => string) => write(path, change(await read(path)));
  const snapshot = async () => {
    const names = (await readdir(join(dir, 'content/papers'))).sort();
    return new Map(await Promise.all(names.map(async (name) => [name, await read(`content/papers/${name}`)] as const)));
  };
  await ingest();
  return { dir, ingest, read, write, edit, snapshot };
}
