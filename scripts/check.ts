/**
 * `npm run check [-- --quick]`
 *
 * Everything a pull request must pass, with messages a contributor can act
 * on: the content lint (src/checks/), `ingest --check`, the type check
 * (`astro check`), and a build whose internal links are all followed.
 * `--quick` runs the content lint and the ingest check only (seconds).
 * Each message names the file, the line when there is one, the problem and
 * the fix. Exits 1 when there is any.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bodyLinks } from '../src/checks/body-links.ts';
import { buildSite } from '../src/checks/build-site.ts';
import { caseDuplicates } from '../src/checks/case-duplicates.ts';
import { formatMessage, MessageError, type Message } from '../src/util/message.ts';
import { duplicateTitles } from '../src/checks/duplicate-titles.ts';
import { ingestCheck } from '../src/checks/ingest-check.ts';
import { contentPapers, contentTopics, loadContent } from '../src/checks/load-content.ts';
import { schema } from '../src/checks/schema.ts';
import { seedDrift } from '../src/checks/seed-drift.ts';
import { siteLinks } from '../src/checks/site-links.ts';
import { slugs } from '../src/checks/slugs.ts';
import { topicMentions } from '../src/checks/topic-mentions.ts';
import { topicPhrases } from '../src/checks/topic-phrases.ts';
import { topicReview } from '../src/checks/topic-review.ts';
import { types } from '../src/checks/types.ts';
import { unknownTopics } from '../src/checks/unknown-topics.ts';
import { basePath } from '../src/site/base-path.ts';
import { readSite } from '../src/cli/built-site.ts';
import { oneLineFailure } from '../src/cli/one-line-failure.ts';
import { corpusPapers, trainCorpusModel } from '../src/format/topic-corpus.ts';
import type { Paper } from '../src/knowledge/paper.ts';
import { planIngest } from '../src/pipeline/plan-ingest.ts';

const USAGE = 'usage: npm run check [-- --quick]';

function options(): { quick: boolean } {
  try {
    return parseArgs({ options: { quick: { type: 'boolean', default: false } } }).values;
  } catch (error) {
    process.stderr.write(`check: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(1);
  }
}

const root = process.cwd();
const all: Message[] = [];

/** Run one step, print its messages and a one-line summary, and keep its messages for the exit code. */
async function step(name: string, run: () => Promise<Message[]> | Message[], summary = ''): Promise<Message[]> {
  const started = performance.now();
  const messages = await run();
  for (const message of messages) process.stderr.write(`${formatMessage(message)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`check: ${name}: ${messages.length ? `${messages.length} problem(s)` : 'ok'}${summary} (${seconds} s)\n`);
  all.push(...messages);
  return messages;
}

const { quick } = options();

/** The labelled corpus's papers, or what is wrong with its files. */
async function corpusOrMessages(root: string): Promise<{ papers: Paper[]; messages: Message[] }> {
  try {
    return { papers: await corpusPapers(root), messages: [] };
  } catch (error) {
    if (error instanceof MessageError) return { papers: [], messages: [...error.messages] };
    throw error;
  }
}

/** Every step in order; resolves when all have run. */
async function checkAll(): Promise<void> {
  const content = await loadContent(root);
  const contentProblems = await step(
    'content',
    () => [schema, unknownTopics, duplicateTitles, slugs, caseDuplicates, bodyLinks, topicMentions].flatMap((rule) => rule(content)),
    `, ${content.papers.length} papers and ${content.topics.length} topics`,
  );
  // The labelled corpus counts rule phrases and trains the learned model; a broken entry is a problem to fix.
  let corpus: { papers: Paper[]; messages: Message[] } = { papers: [], messages: [] };
  await step('topic corpus', async () => (corpus = await corpusOrMessages(root)).messages);
  const known = [...contentPapers(content), ...corpus.papers];
  await step('topic phrases', () => topicPhrases(content, known), `, counted over ${known.length} papers (seed and labelled corpus)`);
  // A list for contributors to curate, not problems: it never fails the check.
  const review = topicReview(content, corpus.messages.length ? undefined : await trainCorpusModel(contentTopics(content), root));
  for (const message of review) process.stdout.write(`${formatMessage(message)}\n`);
  process.stdout.write(`check: topics to review: ${review.length ? `${review.length} paper(s) decided by a small margin or only in the catch-all; curate them with topics: or excludeTopics:` : 'none'}\n`);
  await step('ingest --check', async () => {
    const plan = await planIngest({ seeds: 'seeds', out: 'content/papers' });
    return [...seedDrift(content, plan), ...ingestCheck(content, plan)];
  });

  if (quick) return;
  await step('types (astro check)', () => types(root));
  if (contentProblems.length) {
    process.stdout.write('check: build and links: skipped until the content problems above are fixed\n');
    return;
  }
  const temp = await mkdtemp(join(tmpdir(), 'ar-atlas-check-'));
  try {
    const outDir = join(temp, 'dist');
    const built = await step('build', () => buildSite(root, outDir));
    if (!built.length) {
      const site = await readSite(outDir, basePath(process.env.BASE_PATH));
      const { messages, checked } = siteLinks(site);
      await step('links of the built site', () => messages, `, ${checked} links on ${site.pages.length} pages`);
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

try {
  await checkAll();
} catch (error) {
  // A full disk, an unreadable folder: one line naming the file, not a stack trace.
  const line = oneLineFailure(error);
  if (line === undefined) throw error;
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

if (all.length) {
  process.stderr.write(`check: ${all.length} problem(s); each names its file and the fix\n`);
  process.exit(1);
}
process.stdout.write(`check: all clear${quick ? ' (quick: no type check, build or link check)' : ''}\n`);
