import { isHandEdited, parsePaperFile } from '../format/paper-file.ts';
import type { IngestPlan } from '../pipeline/plan-ingest.ts';
import type { Message } from '../util/message.ts';
import { locateField } from '../format/frontmatter.ts';
import type { Content } from './load-content.ts';

/** One drifted paper: its message, and the files involved (the existing file and any file ingest would create for it). */
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
 * Paper files that ingest wrote and nobody edited since (their `generated`
 * hash matches), whose title or abstract no longer matches their seed entry:
 * the seed changed and `npm run ingest` was not run. A changed abstract is
 * found through the paper's title; a changed title through the seed line
 * the file came from, now holding a title no file has. Hand-edited files
 * are left alone: differing from the seed is their point.
 */
export function seedDrifts(content: Content, plan: IngestPlan): Drift[] {
  // A seed with errors gives no papers to compare with; the ingest rule names its errors.
  if (plan.messages.some((message) => message.severity === 'error')) return [];
  const seedTitles = new Set(plan.papers.map((paper) => paper.title));
  const fileTitles = new Set(content.papers.flatMap((paper) => (paper.parsed ? [paper.parsed.frontmatter.title] : [])));
  const planned = new Map(plan.files.map((file) => [file.path, file]));
  const drifts: Drift[] = [];
  for (const { path, parsed } of content.papers) {
    if (!parsed?.frontmatter.generated || isHandEdited(parsed)) continue;
    const { title, source } = parsed.frontmatter;
    if (seedTitles.has(title)) {
      const update = planned.get(path);
      if (update?.status !== 'updated' || update.text === undefined) continue;
      const seed = plan.papers.find((paper) => paper.title === title)!;
      const rendered = parsePaperFile(update.text, path);
      if (rendered.abstractText === parsed.abstractText) continue;
      drifts.push({
        paths: [path],
        message: {
          file: path,
          line: parsed.abstractLine,
          column: 1,
          rule,
          reason: `the abstract no longer matches its seed entry (${seed.file}:${seed.line}): ${firstDifference(parsed.abstractText, rendered.abstractText)}`,
          fix: `run \`npm run ingest\` to update the file from the seed; if the seed is what is wrong, fix ${seed.file} instead`,
        },
      });
      continue;
    }
    const seed = plan.papers.find((paper) => paper.file === source.file && paper.line === source.line);
    if (!seed || fileTitles.has(seed.title)) continue;
    const created = `content/papers/${seed.slug}.mdx`;
    const slug = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
    drifts.push({
      paths: [path, created],
      message: {
        file: path,
        ...locateField(parsed.frontmatterYaml, ['title']),
        rule,
        reason: `the title ${JSON.stringify(title)} no longer matches its seed entry (${seed.file}:${seed.line}): ${JSON.stringify(seed.title)}`,
        fix: `run \`npm run ingest\`: it writes the paper to ${created} and removes this file (or keeps it, if it has notes, topics or aliases: move them over); add "${slug}" to the new file's \`aliases\` so the old address redirects. If the seed is what is wrong, fix ${seed.file} instead`,
      },
    });
  }
  return drifts;
}

/** The seed-drift rule: one message per drifted title or abstract. */
export function seedDrift(content: Content, plan: IngestPlan): Message[] {
  return seedDrifts(content, plan).map((drift) => drift.message);
}
