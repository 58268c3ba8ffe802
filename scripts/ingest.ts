/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--dry-run] [--json] [--check] [--verbose]`
 *
 * Turns the seed listings into one MDX file per paper. Argument parsing,
 * the report and the exit code live here; the work is in src/pipeline/.
 */
import { parseArgs } from 'node:util';
import { planIngest, type IngestMessage, type IngestPlan } from '../src/pipeline/plan-ingest.ts';
import { writePlan } from '../src/pipeline/write-plan.ts';

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

/** `file:line:column: reason`, the form editors and CI annotate. */
function format(message: IngestMessage): string {
  const place = message.line === null ? message.file : `${message.file}:${message.line}:${message.column ?? 1}`;
  return `${place}: ${message.severity === 'error' ? '' : `${message.severity}: `}${message.reason}`;
}

/** The `--json` report. */
function report(plan: IngestPlan): string {
  const papers = plan.papers.map(({ slug, title, file, line }) => ({
    slug,
    title,
    file,
    line,
    // Topic ids from src/knowledge/topics.ts (deriveTopics) go here once topics land.
    topics: [] as string[],
  }));
  return `${JSON.stringify({ papers, messages: plan.messages }, null, 2)}\n`;
}

const args = options();
const plan = await planIngest({ seeds: args.seeds, out: args.out });
const errors = plan.messages.filter((message) => message.severity === 'error');
const changes = plan.files.filter((file) => file.status !== 'unchanged' && file.status !== 'kept');
const write = !args['dry-run'] && !args.check && errors.length === 0;

if (args.json) process.stdout.write(report(plan));
for (const message of plan.messages) {
  const shown = message.severity !== 'info' || args.verbose || message.reason.startsWith('kept ');
  if (shown && !args.json) process.stderr.write(`${format(message)}\n`);
  else if (message.severity === 'error') process.stderr.write(`${format(message)}\n`);
}
if (errors.length) {
  process.stderr.write(`ingest: ${errors.length} error(s); nothing written\n`);
  process.exit(1);
}
if (args.verbose && !args.json) for (const line of plan.log) process.stdout.write(`${line}\n`);

if (args.check) {
  for (const file of changes) process.stderr.write(`${file.path}: not what the seeds give (ingest would ${file.status === 'removed' ? 'remove' : file.status === 'created' ? 'create' : 'update'} it)\n`);
  if (changes.length) {
    process.stderr.write(`ingest --check: ${changes.length} file(s) differ; run npm run ingest\n`);
    process.exit(1);
  }
  if (!args.json) process.stdout.write(`ingest --check: ${plan.files.length} file(s) match the seeds\n`);
  process.exit(0);
}

if (write) await writePlan(plan);
if (!args.json) {
  const count = (status: string): number => plan.files.filter((file) => file.status === status).length;
  if (args.verbose || args['dry-run']) for (const file of changes) process.stdout.write(`${args['dry-run'] ? 'would have ' : ''}${file.status} ${file.path}\n`);
  process.stdout.write(
    `ingest: ${plan.papers.length} papers; ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('kept')} kept, ${count('removed')} removed${write ? '' : ' (dry run: nothing written)'}\n`,
  );
}
