import { resolveAliases } from '../format/aliases.ts';
import { isPaperSlug, slugConflict } from '../util/ids.ts';
import type { CheckMessage } from './check-message.ts';
import { frontmatterPosition } from './frontmatter-position.ts';
import type { Content } from './load-content.ts';

const rule = 'slugs';

/**
 * Addresses of paper pages: every file name must be a slug that is not a
 * page number of the paper index, and every alias must lead to one page
 * only (src/format/aliases.ts, which the build uses too).
 */
export function slugs(content: Content): CheckMessage[] {
  const messages: CheckMessage[] = [];
  for (const paper of content.papers) {
    if (!isPaperSlug(paper.name)) {
      messages.push({
        file: paper.path,
        rule,
        reason: `the file name "${paper.name}" is not a paper slug`,
        fix: 'rename the file to lowercase ASCII letters and digits in words joined by single hyphens, at most 80 characters; the name is the page address /papers/<slug>/',
      });
    } else if (slugConflict(paper.name)) {
      messages.push({
        file: paper.path,
        rule,
        reason: `the slug "${paper.name}" ${slugConflict(paper.name)}`,
        fix: `rename the file, e.g. to paper-${paper.name}.mdx`,
      });
    }
  }
  const parsed = content.papers.flatMap((paper) => (paper.parsed ? [{ slug: paper.name, file: paper.path, aliases: paper.parsed.frontmatter.aliases, yaml: paper.parsed.frontmatterYaml }] : []));
  const yamlOf = new Map(parsed.map((paper) => [paper.file, paper.yaml]));
  for (const problem of resolveAliases(parsed).problems) {
    messages.push({ file: problem.file, ...frontmatterPosition(yamlOf.get(problem.file)!, ['aliases', problem.index]), rule, reason: problem.reason, fix: problem.fix });
  }
  return messages;
}
