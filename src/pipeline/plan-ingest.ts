import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Paper } from '../knowledge/paper.ts';
import { isPaperSlug, type PaperSlug } from '../util/ids.ts';
import { contributedIdentifiers, isHandEdited, paperFromFile, parsePaperFile, type PaperFile } from '../format/paper-file.ts';
import { ingestProcessor, type IngestContext } from './ingest-processor.ts';

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

/** Read files a few dozen at a time: in parallel, without running out of file handles on 10,000 papers. */
async function readAll(paths: readonly string[], batch = 64): Promise<string[]> {
  const texts: string[] = [];
  for (let start = 0; start < paths.length; start += batch) {
    texts.push(...(await Promise.all(paths.slice(start, start + batch).map((path) => readFile(path, 'utf8')))));
  }
  return texts;
}

const errorMessage = (file: string, reason: string, line: number | null = null): IngestMessage => ({ file, line, column: line === null ? null : 1, severity: 'error', reason });

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
  const plan: IngestPlan = { papers: [], files: [], messages: [], log: [], outDir };

  const existing = new Map<string, PaperFile>();
  const existingText = new Map<string, string>();
  const byTitle = new Map<string, PaperSlug>();
  const byHash = new Map<string, PaperSlug>();
  const names = (await readdir(outDir).catch(() => [])).filter((entry) => entry.endsWith('.mdx')).sort();
  const texts = await readAll(names.map((name) => join(outDir, name)));
  names.forEach((name, index) => {
    const path = display(join(outDir, name));
    const slug = name.slice(0, -'.mdx'.length);
    if (!isPaperSlug(slug)) {
      plan.messages.push(errorMessage(path, `"${slug}" is not a slug; rename the file to lowercase words joined by hyphens`));
      return;
    }
    try {
      const text = texts[index]!;
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

  const seedNames = (await readdir(seedDir).catch(() => undefined))?.filter((entry) => entry.endsWith('.txt')).sort();
  if (!seedNames?.length) {
    plan.messages.push(errorMessage(display(seedDir), seedNames ? 'no seed listings here; expected one or more .txt files' : 'no such folder; pass --seeds DIR'));
    return plan;
  }

  const context: IngestContext = { seen: new Map(), byTitle, byHash, taken: new Set(existing.keys()), assigned: new Set(), existing };
  const processor = ingestProcessor(context);
  for (const name of seedNames) {
    const path = join(seedDir, name);
    const file = new VFile({ path: display(path), value: await readFile(path) });
    try {
      await processor.run(processor.parse(file), file);
    } catch (error) {
      // file.fail() already recorded the message; anything else is a bug.
      if (!(error instanceof VFileMessage)) throw error;
    }
    plan.messages.push(...file.messages.map((message) => toMessage(message, file.path)));
    plan.log.push(...(file.data.stageLog ?? []).map((line) => `${file.path}: ${line}`));
    for (const page of file.data.pages ?? []) {
      const path = display(join(outDir, `${page.slug}.mdx`));
      const unchanged = page.text !== undefined && page.text === existingText.get(page.slug);
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
