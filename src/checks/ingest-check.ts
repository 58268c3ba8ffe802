import type { IngestPlan } from '../pipeline/plan-ingest.ts';
import type { Message } from '../util/message.ts';
import type { Content } from './load-content.ts';
import { seedDrifts } from './seed-drift.ts';

const rule = 'ingest';

/**
 * What `npm run ingest -- --check` fails on: errors in the seed listings,
 * and paper files that are not what the seeds give. A paper file that does
 * not parse is the schema rule's to explain, and a title or abstract that
 * changed in the seed is the seed-drift rule's; this rule names the rest.
 * As `ingest --check` does, it compares files only when the seeds have no errors.
 */
export function ingestCheck(content: Content, plan: IngestPlan): Message[] {
  const messages: Message[] = [];
  const papersFolder = 'content/papers/';
  for (const message of plan.messages) {
    if (message.severity !== 'error' || message.file.startsWith(papersFolder)) continue;
    messages.push({
      file: message.file,
      ...(message.line === null ? {} : { line: message.line, column: message.column ?? 1 }),
      rule,
      reason: message.reason,
      fix: 'edit the seed listing as the message says (a title line, a blank line, its abstract paragraph), then run `npm run ingest`',
    });
  }
  // A seed that does not parse gives no papers, so every file of it would look removed: name the errors only.
  if (messages.length) return messages;
  const drifted = new Set(seedDrifts(content, plan).flatMap((drift) => drift.paths));
  const seedOf = new Map(plan.papers.map((paper) => [`${papersFolder}${paper.slug}.mdx`, paper]));
  const current = new Map(content.papers.map((paper) => [paper.path, paper.parsed]));
  for (const file of plan.files) {
    // A file the reader refused looks missing to ingest; the schema rule has named it already.
    if (drifted.has(file.path) || (current.has(file.path) && !current.get(file.path))) continue;
    const seed = seedOf.get(file.path);
    if (file.status === 'created') {
      messages.push({
        file: seed!.file,
        line: seed!.line,
        column: 1,
        rule,
        reason: `${JSON.stringify(seed!.title)} has no paper file yet; ingest would create ${file.path}`,
        fix: 'run `npm run ingest` and commit the new file',
      });
    } else if (file.status === 'removed') {
      messages.push({
        file: file.path,
        rule,
        reason: 'no seed lists this paper any more; ingest would delete the file',
        fix: 'run `npm run ingest` to delete it; to keep the paper, restore its seed entry, or delete the `generated:` line so the file counts as written by hand',
      });
    } else if (file.status === 'updated') {
      const before = current.get(file.path)!.frontmatter;
      const moved = before.source.file !== seed!.file || before.source.line !== seed!.line;
      messages.push({
        file: file.path,
        rule,
        reason: moved
          ? `its seed entry moved from ${before.source.file}:${before.source.line} to ${seed!.file}:${seed!.line}`
          : 'not what ingest makes of the seeds (its short name, links or layout differ)',
        fix: 'run `npm run ingest` and commit the result',
      });
    }
  }
  return messages;
}
