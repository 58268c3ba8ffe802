import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Paper } from '../knowledge/paper.ts';
import { isPaperSlug, type PaperSlug } from '../util/ids.ts';
import { contributedIdentifiers, isHandEdited, paperFromFile, parsePaperFile, type PaperFile } from '../format/paper-file.ts';
import { describeFsError, isFsError } from '../util/fs-error.ts';
import { quote } from '../util/quote.ts';
import { FileRefusal, readProjectFile } from '../util/read-project-file.ts';
import { ingestProcessor, type IngestContext } from './ingest-processor.ts';
import { isWriteInterrupted, WORK_DIR } from './write-plan.ts';

export interface IngestOptions {
  /** Folder of seed listings (`*.txt`). */
  seeds: string;
  /** Folder of paper files (`<slug>.mdx`). */
  out: string;
  /** Paths in messages and in `source.file` are relative to this folder. */
  cwd?: string;
}

/** A problem or a note, as the `--json` report shows it. */
export interface IngestMessage {
  file: string;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning' | 'info';
  reason: string;
}

/** What a run does to one file of the output folder. */
export interface PlannedFile {
  /** Path relative to `cwd`: `content/papers/<slug>.mdx`. */
  path: string;
  status: 'created' | 'updated' | 'unchanged' | 'kept' | 'removed';
  /** The content to write (created and updated files). */
  text?: string;
}

export interface IngestPlan {
  /** Every paper, in seed order, with where it is in the seed. */
  papers: Array<{ slug: PaperSlug; title: string; file: string; line: number; paper: Paper }>;
  files: PlannedFile[];
  messages: IngestMessage[];
  /** One line per stage and seed file (for `--verbose`). */
  log: string[];
  /** Paragraphs of page chrome dropped before the first paper of each seed (named in `messages` as notes). */
  chrome: number;
  /** Absolute output folder. */
  outDir: string;
}

function toMessage(message: VFileMessage, fallbackFile: string): IngestMessage {
  return {
    file: message.file || fallbackFile,
    line: message.line ?? null,
    column: message.column ?? null,
    severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info',
    reason: message.reason,
  };
}

const errorMessage = (file: string, reason: string, line: number | null = null): IngestMessage => ({ file, line, column: line === null ? null : 1, severity: 'error', reason });

/** A file's bytes, or the error message that says why it cannot be read (a folder, a link out of the repository, too big, ...). */
async function read(path: string, shown: string, root: string): Promise<Uint8Array | IngestMessage> {
  try {
    return await readProjectFile(path, root);
  } catch (error) {
    if (error instanceof FileRefusal) return errorMessage(shown, error.message);
    if (isFsError(error)) return errorMessage(shown, describeFsError(error));
    throw error;
  }
}

/** Read files a few dozen at a time: in parallel, without running out of file handles on 10,000 papers. */
async function readAll(paths: readonly string[], shown: (path: string) => string, root: string, batch = 64): Promise<Array<Uint8Array | IngestMessage>> {
  const results: Array<Uint8Array | IngestMessage> = [];
  for (let start = 0; start < paths.length; start += batch) {
    results.push(...(await Promise.all(paths.slice(start, start + batch).map((path) => read(path, shown(path), root)))));
  }
  return results;
}

/** The names in a folder, or the error message saying why it cannot be listed; a missing folder is `missing`. */
async function list(folder: string, shown: string, missing: string[] | string): Promise<string[] | IngestMessage> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if (!isFsError(error)) throw error;
    if (error.code === 'ENOENT') return typeof missing === 'string' ? errorMessage(shown, missing) : missing;
    if (error.code === 'ENOTDIR') return errorMessage(shown, 'is a file, not a folder');
    return errorMessage(shown, describeFsError(error));
  }
}

const decoder = new TextDecoder();

/**
 * Work out everything a run would do, in memory: read the seeds and the
 * existing paper files, run the pipeline, and decide each file's fate.
 * Nothing is written; see `writePlan`.
 */
export async function planIngest(options: IngestOptions): Promise<IngestPlan> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const display = (path: string): string => relative(cwd, path).split(sep).join('/');
  const seedDir = resolve(cwd, options.seeds);
  const outDir = resolve(cwd, options.out);
  const plan: IngestPlan = { papers: [], files: [], messages: [], log: [], chrome: 0, outDir };

  const existing = new Map<string, PaperFile>();
  const existingText = new Map<string, string>();
  const byTitle = new Map<string, PaperSlug>();
  const byHash = new Map<string, PaperSlug>();
  if (await isWriteInterrupted(outDir)) {
    // Half old, half new: comparing it with the seeds would only list the half.
    plan.messages.push(errorMessage(display(join(outDir, WORK_DIR)), `an ingest was killed while it moved its files into ${display(outDir)}; run \`npm run ingest\` to finish it`));
    return plan;
  }
  const listed = await list(outDir, display(outDir), []);
  if (!Array.isArray(listed)) plan.messages.push(listed);
  const names = Array.isArray(listed) ? listed.filter((entry) => entry.endsWith('.mdx')) : [];
  const contents = await readAll(names.map((name) => join(outDir, name)), display, cwd);
  names.forEach((name, index) => {
    const path = display(join(outDir, name));
    const slug = name.slice(0, -'.mdx'.length);
    const content = contents[index]!;
    if (!isPaperSlug(slug)) {
      plan.messages.push(errorMessage(path, `${quote(slug)} is not a slug; rename the file to lowercase words joined by hyphens`));
      return;
    }
    if (!(content instanceof Uint8Array)) {
      plan.messages.push(content);
      return;
    }
    try {
      const text = decoder.decode(content);
      const file = parsePaperFile(text, path);
      existing.set(slug, file);
      existingText.set(slug, text);
      byTitle.set(file.frontmatter.title, slug);
      if (file.frontmatter.generated) byHash.set(file.frontmatter.generated, slug);
    } catch (error) {
      if (!(error instanceof VFileMessage)) throw error;
      plan.messages.push(toMessage(error, path));
    }
  });

  const seedList = await list(seedDir, display(seedDir), 'no such folder; pass --seeds DIR');
  const seedNames = Array.isArray(seedList) ? seedList.filter((entry) => entry.endsWith('.txt')) : [];
  if (!seedNames.length) {
    plan.messages.push(Array.isArray(seedList) ? errorMessage(display(seedDir), 'no seed listings here; expected one or more .txt files') : seedList);
    return plan;
  }

  const context: IngestContext = { seen: new Map(), byTitle, byHash, taken: new Set(existing.keys()), assigned: new Set(), existing };
  const processor = ingestProcessor(context);
  for (const name of seedNames) {
    const path = join(seedDir, name);
    const value = await read(path, display(path), cwd);
    if (!(value instanceof Uint8Array)) {
      plan.messages.push(value);
      continue;
    }
    const file = new VFile({ path: display(path), value });
    try {
      await processor.run(processor.parse(file), file);
    } catch (error) {
      // file.fail() already recorded the message; anything else is a bug.
      if (!(error instanceof VFileMessage)) throw error;
    }
    plan.messages.push(...file.messages.map((message) => toMessage(message, file.path)));
    plan.log.push(...(file.data.stageLog ?? []).map((line) => `${file.path}: ${line}`));
    plan.chrome += file.data.chrome ?? 0;
    for (const page of file.data.pages ?? []) {
      const path = display(join(outDir, `${page.slug}.mdx`));
      // Text, not line ends: a CRLF checkout (Git on Windows) of an up-to-date file is unchanged.
      const unchanged = page.text !== undefined && page.text === existingText.get(page.slug)?.replace(/\r\n?/g, '\n');
      // Validate what we are about to write by reading it back, as the site will (an unchanged file was read already).
      const written = page.text === undefined || unchanged ? page.existing! : parsePaperFile(page.text, path);
      if (page.text !== undefined && isHandEdited(written)) throw new Error(`${path}: ingest rendered a file whose hash does not match`);
      const status = page.text === undefined ? 'kept' : unchanged ? 'unchanged' : page.existing ? 'updated' : 'created';
      plan.files.push(page.text === undefined || status === 'unchanged' ? { path, status } : { path, status, text: page.text });
      plan.papers.push({ slug: page.slug, title: written.frontmatter.title, ...page.source, paper: paperFromFile(written, page.slug) });
    }
  }

  for (const [slug, file] of existing) {
    if (context.assigned.has(slug)) continue;
    const { topics, excludeTopics, aliases, authors, published, venue, generated } = file.frontmatter;
    const contributed =
      topics.length + excludeTopics.length + aliases.length > 0 || [authors, published, venue].some((field) => field !== undefined) || contributedIdentifiers(file).length > 0 || file.notes.trim() !== '';
    if (!generated) plan.messages.push({ file: file.path, line: null, column: null, severity: 'info', reason: `kept ${file.path}: written by hand, not from a seed` });
    else if (isHandEdited(file) || contributed) plan.messages.push({ file: file.path, line: null, column: null, severity: 'warning', reason: `kept ${file.path}: its paper is in no seed any more, but the file has hand edits or contributor notes; delete it if the paper is gone` });
    else plan.files.push({ path: file.path, status: 'removed' });
  }
  return plan;
}
