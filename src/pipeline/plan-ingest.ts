import { join, relative, resolve, sep } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Paper } from '../knowledge/paper.ts';
import { contributedIdentifiers, isHandEdited, paperFromFile, parsePaperFile } from '../format/paper-file.ts';
import type { PaperSlug } from '../util/ids.ts';
import type { Message } from '../util/message.ts';
import { ingestSeeds } from './ingest-seeds.ts';
import { readPaperFolder, type PaperFolder } from '../format/read-paper-folder.ts';
import { listFolder, readOrRefuse } from '../util/read-input.ts';
import { seedChangedMessage, type RenderedPage } from './serialize-paper.ts';
import { isWriteInterrupted, WORK_DIR } from './write-plan.ts';

export interface IngestOptions {
  /** Folder of seed listings (`*.txt`). */
  seeds: string;
  /** Folder of paper files (`<slug>.mdx`). */
  out: string;
  /** Paths in messages and in `source.file` are relative to this folder. */
  cwd?: string;
}

/** What a run does to one file of the output folder. */
export interface PlannedFile {
  /** Path relative to `cwd`: `content/papers/<slug>.mdx`. */
  path: string;
  status: 'created' | 'updated' | 'unchanged' | 'kept' | 'removed';
  /** The content to write (created and updated files). */
  text?: string;
  /** Where its paper is in the seed now (every file but a removed one). */
  source?: { file: string; line: number };
  /** A kept hand-edited file whose seed entry changed since ingest wrote it. */
  seedChanged?: boolean;
}

export interface IngestPlan {
  /** Every paper, in seed order, with where it is in the seed. */
  papers: Array<{ slug: PaperSlug; title: string; file: string; line: number; paper: Paper }>;
  files: PlannedFile[];
  /** Every message, each with its severity. */
  messages: Message[];
  /** One line per stage and seed file (for `--verbose`). */
  log: string[];
  /** Paragraphs of page chrome dropped before the first paper of each seed (named in `messages` as notes). */
  chrome: number;
  /** Absolute output folder. */
  outDir: string;
}

/** A pipeline message as the project's one message type; its note, when it has one, is the fix. */
function toMessage(message: VFileMessage, fallbackFile: string): Message {
  return {
    file: message.file || fallbackFile,
    ...(message.line === undefined ? {} : { line: message.line, column: message.column ?? 1 }),
    severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info',
    reason: message.reason,
    ...(message.note ? { fix: message.note } : {}),
  };
}

/**
 * Every `*.txt` in the seed folder, read as bytes (the parser checks they
 * are UTF-8); an error for each that is not a plain file of the repository,
 * and one when there is no seed.
 */
async function readSeeds(seedDir: string, display: (path: string) => string, root: string): Promise<{ seeds: VFile[]; messages: Message[] }> {
  const listed = await listFolder(seedDir, display(seedDir), 'no such folder; pass --seeds DIR');
  const names = Array.isArray(listed) ? listed.filter((entry) => entry.endsWith('.txt')) : [];
  if (!names.length) {
    return { seeds: [], messages: [Array.isArray(listed) ? { file: display(seedDir), severity: 'error', reason: 'no seed listings here; expected one or more .txt files' } : listed] };
  }
  const seeds: VFile[] = [];
  const messages: Message[] = [];
  for (const name of names) {
    const path = join(seedDir, name);
    const value = await readOrRefuse(path, display(path), root);
    if (value instanceof Uint8Array) seeds.push(new VFile({ path: display(path), value }));
    else messages.push(value);
  }
  return { seeds, messages };
}

/**
 * What happens to one paper's file: created, updated, unchanged, or kept as
 * it was edited by hand. What is about to be written is read back first,
 * as the site will read it.
 */
function planFile(page: RenderedPage, path: string): { file: PlannedFile; paper: IngestPlan['papers'][number]; messages: Message[] } {
  const { existing, source } = page;
  // Text, not line ends: a CRLF checkout (Git on Windows) of an up-to-date file is unchanged.
  const unchanged = page.text !== undefined && page.text === existing?.text.replace(/\r\n?/g, '\n');
  const written = page.text === undefined || unchanged ? existing!.file : parsePaperFile(page.text, path);
  if (page.text !== undefined && isHandEdited(written)) throw new Error(`${path}: ingest rendered a file whose hash does not match`);
  const status = page.text === undefined ? 'kept' : unchanged ? 'unchanged' : existing ? 'updated' : 'created';
  const file: PlannedFile = { path, status, source, ...(status === 'created' || status === 'updated' ? { text: page.text } : {}), ...(page.seedChanged ? { seedChanged: true } : {}) };
  const paper = { slug: page.slug, title: written.frontmatter.title, ...source, paper: paperFromFile(written, page.slug) };
  return { file, paper, messages: page.seedChanged ? [seedChangedMessage(source, path)] : [] };
}

/**
 * Files no seed paper claimed: removed when ingest wrote them and nobody
 * touched them since; otherwise kept, with a note (written by hand) or a
 * warning (a contributor's work in a paper the seeds no longer list).
 */
function leftovers(folder: PaperFolder, claimed: ReadonlySet<string>): { files: PlannedFile[]; messages: Message[] } {
  const files: PlannedFile[] = [];
  const messages: Message[] = [];
  for (const [slug, { file }] of folder.papers) {
    if (claimed.has(slug)) continue;
    const { topics, excludeTopics, aliases, authors, published, venue, generated } = file.frontmatter;
    const contributed =
      topics.length + excludeTopics.length + aliases.length > 0 || [authors, published, venue].some((field) => field !== undefined) || contributedIdentifiers(file).length > 0 || file.notes.trim() !== '';
    if (!generated) messages.push({ file: file.path, severity: 'info', reason: `kept ${file.path}: written by hand, not from a seed` });
    else if (isHandEdited(file) || contributed) messages.push({ file: file.path, severity: 'warning', reason: `kept ${file.path}: its paper is in no seed any more, but the file has hand edits or contributor notes; delete it if the paper is gone` });
    else files.push({ path: file.path, status: 'removed' });
  }
  return { files, messages };
}

/**
 * Work out everything a run would do, in memory: read the paper folder and
 * the seeds, run the pipeline (src/pipeline/ingest-seeds.ts), and decide
 * each file's fate. Nothing is written; see `writePlan`.
 */
export async function planIngest(options: IngestOptions): Promise<IngestPlan> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const display = (path: string): string => relative(cwd, path).split(sep).join('/');
  const outDir = resolve(cwd, options.out);
  if (await isWriteInterrupted(outDir)) {
    // Half old, half new: comparing it with the seeds would only list the half.
    const reason = `an ingest was killed while it moved its files into ${display(outDir)}; run \`npm run ingest\` to finish it`;
    return { papers: [], files: [], messages: [{ file: display(join(outDir, WORK_DIR)), severity: 'error', reason }], log: [], chrome: 0, outDir };
  }
  const folder = await readPaperFolder(outDir, display, cwd);
  const plan: IngestPlan = { papers: [], files: [], messages: [...folder.messages], log: [], chrome: 0, outDir };
  const { seeds, messages } = await readSeeds(resolve(cwd, options.seeds), display, cwd);
  plan.messages.push(...messages);
  if (!seeds.length) return plan;
  const { pages, log } = ingestSeeds(seeds, folder);
  plan.log = log;
  plan.chrome = seeds.reduce((sum, seed) => sum + (seed.data.chrome ?? 0), 0);
  plan.messages.push(...seeds.flatMap((seed) => seed.messages.map((message) => toMessage(message, seed.path))));
  for (const page of pages) {
    const planned = planFile(page, display(join(outDir, `${page.slug}.mdx`)));
    plan.files.push(planned.file);
    plan.papers.push(planned.paper);
    plan.messages.push(...planned.messages);
  }
  const rest = leftovers(folder, new Set(pages.map((page) => page.slug)));
  plan.files.push(...rest.files);
  plan.messages.push(...rest.messages);
  return plan;
}
