/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--dry-run] [--json] [--check] [--verbose]`
 *
 * Turns the seed listings into one MDX file per paper. Argument parsing,
 * the report and the exit code live here; the work is in src/pipeline/.
 */
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { oneLineFailure } from '../src/cli/one-line-failure.ts';
import { planTopics } from '../src/cli/plan-topics.ts';
import { acquireIngestLock, type IngestLock } from '../src/pipeline/ingest-lock.ts';
import { planIngest, type IngestPlan, type PlannedFile } from '../src/pipeline/plan-ingest.ts';
import { recoverWrite, writePlan } from '../src/pipeline/write-plan.ts';
import { formatMessage, isError } from '../src/util/message.ts';
import { escapeUnsafe, quotePath } from '../src/util/quote.ts';

/** What ingest would do to a file, for --dry-run and --check. */
const VERB: Record<PlannedFile['status'], string> = { created: 'create', updated: 'update', removed: 'remove', unchanged: 'keep', kept: 'keep' };

const USAGE = 'usage: npm run ingest -- [--seeds DIR] [--out DIR] [--dry-run] [--json] [--check] [--verbose]';

function options() {
  try {
    return parseArgs({
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'content/papers' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`ingest: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(1);
  }
}

/** The `--json` report. */
function report(plan: IngestPlan, topics: ReadonlyMap<string, string[]>): string {
  const papers = plan.papers.map(({ slug, title, file, line }) => ({
    slug,
    title,
    file,
    line,
    // The very deriveTopics the site runs (src/knowledge/topics.ts), over content/topics.
    topics: topics.get(slug) ?? [],
  }));
  // Every message with all five fields, line and column null when it has none.
  const messages = plan.messages.map(({ file, line, column, severity, reason, fix }) => ({ file, line: line ?? null, column: column ?? null, severity: severity ?? 'error', reason, ...(fix ? { fix } : {}) }));
  return `${JSON.stringify({ papers, messages }, null, 2)}\n`;
}

type Options = ReturnType<typeof options>;

const out = (args: Options, line: string): boolean => args.json || process.stdout.write(`${line}\n`);
const err = (line: string): boolean => process.stderr.write(`${line}\n`);

/** Plan, report and (unless --dry-run or --check) write; the exit code. */
async function run(args: Options): Promise<number> {
  const plan = await planIngest({ seeds: args.seeds, out: args.out });
  // Every run checks the topic references; only the --json report needs each paper's topics.
  const topics = await planTopics(plan.papers.map((entry) => entry.paper), { cwd: process.cwd(), out: args.out, membership: args.json });
  plan.messages.push(...topics.messages);
  const errors = plan.messages.filter(isError);
  const changes = plan.files.filter((file) => file.status !== 'unchanged' && file.status !== 'kept');
  const write = !args['dry-run'] && !args.check && errors.length === 0;
  const count = (status: string): number => plan.files.filter((file) => file.status === status).length;

  if (args.json) process.stdout.write(report(plan, topics.bySlug));
  // Problems go to stderr; notes (dropped chrome, ...) are for --verbose.
  for (const message of plan.messages) {
    if (message.severity !== 'info') err(formatMessage(message));
    else if (args.verbose) out(args, formatMessage(message));
  }
  if (errors.length) {
    err(`ingest: ${errors.length} error(s); nothing written`);
    return 1;
  }
  if (args.verbose) for (const line of plan.log) out(args, escapeUnsafe(line));

  if (args.check) {
    for (const file of changes) err(`${quotePath(file.path)}: not what the seeds give (ingest would ${VERB[file.status]} it)`);
    if (changes.length) {
      err(`ingest --check: ${changes.length} file(s) differ; run npm run ingest`);
      return 1;
    }
    out(args, `ingest --check: ${plan.files.length - count('kept')} file(s) match the seeds${count('kept') ? `, ${count('kept')} hand-edited file(s) not compared` : ''}`);
    return 0;
  }

  if (write) await writePlan(plan);
  for (const file of plan.files) {
    if (file.status === 'kept') out(args, `kept hand-edited ${quotePath(file.path)}`);
    else if (file.status !== 'unchanged' && (args.verbose || !write)) out(args, `${write ? file.status : `would ${VERB[file.status]}`} ${quotePath(file.path)}`);
  }
  // Dropped chrome is counted even without --verbose: a paper read as chrome is then never lost unseen.
  const chrome = plan.chrome ? `; ${plan.chrome} paragraph(s) of page chrome dropped (--verbose names them)` : '';
  out(
    args,
    `ingest: ${plan.papers.length} papers; ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('kept')} kept, ${count('removed')} removed${chrome}${write ? '' : ' (dry run: nothing written)'}`,
  );
  return 0;
}

const args = options();
const outDir = resolve(args.out);
const shown = relative(process.cwd(), outDir).split(sep).join('/') || '.';
let lock: IngestLock | undefined;
try {
  // A writing run holds the folder from before it reads it until it is done, and first puts right what a killed run left.
  if (!args['dry-run'] && !args.check) {
    lock = await acquireIngestLock(outDir, shown);
    if (lock.tookOver) out(args, `ingest: took over ${shown}/.ingest.lock from ${lock.tookOver}`);
    const recovered = await recoverWrite(outDir, shown);
    if (recovered) out(args, recovered);
  }
  process.exitCode = await run(args);
} catch (error) {
  // A full disk, a read-only folder, a held lock: one line naming the file, not a stack trace.
  const line = oneLineFailure(error);
  if (line === undefined) throw error;
  err(line);
  process.exitCode = 1;
} finally {
  await lock?.release();
}
