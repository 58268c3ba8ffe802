import { parsePaperFile } from '../format/paper-file.ts';
import type { IngestPlan } from '../pipeline/plan-ingest.ts';
import { seedChangedMessage } from '../pipeline/serialize-paper.ts';
import { locateField } from '../format/frontmatter.ts';
import { isError, type Message } from '../util/message.ts';
import type { Content } from './load-content.ts';

/** One drifted paper: its message, and its file. */
export interface Drift {
  message: Message;
  paths: string[];
}

const rule = 'seed-drift';

/** `the file has "…" where the seed has "…"`, from the word where the two texts part. */
function firstDifference(current: string, seed: string): string {
  let index = 0;
  while (index < current.length && current[index] === seed[index]) index++;
  const start = current.lastIndexOf(' ', index - 1) + 1;
  const show = (text: string): string => JSON.stringify(text.length > start + 40 ? `${text.slice(start, start + 40).trimEnd()}…` : text.slice(start));
  return `the file has ${show(current)} where the seed has ${show(seed)}`;
}

/**
 * Paper files whose seed entry changed and `npm run ingest` was not run: a
 * file ingest wrote whose title or abstract is no longer what the seed says
 * (ingest would update it in place, at the same address), and a hand-edited
 * file whose seed entry changed since (ingest keeps it, and someone should
 * review it). Read from the ingest plan, so check and ingest cannot disagree.
 */
export function seedDrifts(content: Content, plan: IngestPlan): Drift[] {
  // A seed with errors gives no papers to compare with; the ingest rule names its errors.
  if (plan.messages.some(isError)) return [];
  const planned = new Map(plan.files.map((file) => [file.path, file]));
  const drifts: Drift[] = [];
  for (const { path, name, parsed } of content.papers) {
    const update = planned.get(path);
    if (!parsed || !update?.source) continue;
    const seed = update.source;
    if (update.seedChanged) {
      // A warning for ingest, which goes on; check stops on it, so the change gets its review.
      const { severity: _warning, ...message } = seedChangedMessage(seed, path);
      drifts.push({ paths: [path], message: { ...message, rule } });
      continue;
    }
    if (update.status !== 'updated') continue;
    const rendered = parsePaperFile(update.text!, path);
    const instead = `if the seed is what is wrong, fix ${seed.file} instead`;
    if (rendered.frontmatter.title !== parsed.frontmatter.title) {
      drifts.push({
        paths: [path],
        message: {
          file: path,
          ...locateField(parsed.frontmatterYaml, ['title']),
          rule,
          reason: `the title ${JSON.stringify(parsed.frontmatter.title)} no longer matches its seed entry (${seed.file}:${seed.line}): ${JSON.stringify(rendered.frontmatter.title)}`,
          fix: `run \`npm run ingest\` to update the file from the seed; it keeps the file's name, so the page stays at /papers/${name}/; ${instead}`,
        },
      });
    } else if (rendered.abstractText !== parsed.abstractText) {
      drifts.push({
        paths: [path],
        message: {
          file: path,
          line: parsed.abstractLine,
          column: 1,
          rule,
          reason: `the abstract no longer matches its seed entry (${seed.file}:${seed.line}): ${firstDifference(parsed.abstractText, rendered.abstractText)}`,
          fix: `run \`npm run ingest\` to update the file from the seed; ${instead}`,
        },
      });
    }
  }
  return drifts;
}

/** The seed-drift rule: one message per drifted title or abstract, or changed seed entry of a hand-edited file. */
export function seedDrift(content: Content, plan: IngestPlan): Message[] {
  return seedDrifts(content, plan).map((drift) => drift.message);
}
