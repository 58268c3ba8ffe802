import { resolveAliases } from '../format/aliases.ts';
import { locateField } from '../format/frontmatter.ts';
import { slugProblem } from '../format/paper-slug.ts';
import type { Message } from '../util/message.ts';
import type { Content } from './load-content.ts';

const rule = 'slugs';

/**
 * Addresses of paper pages: every file name must be a slug that is not a
 * page number, a view of the paper index or a Windows device name
 * (src/format/paper-slug.ts), and every alias
 * must lead to one page only (src/format/aliases.ts); the build asks the same
 * two modules.
 */
export function slugs(content: Content): Message[] {
  const messages: Message[] = content.papers.flatMap((paper) => {
    const problem = slugProblem(paper.name, paper.path);
    return problem ? [{ ...problem, rule }] : [];
  });
  const parsed = content.papers.flatMap((paper) => (paper.parsed ? [{ slug: paper.name, file: paper.path, aliases: paper.parsed.frontmatter.aliases, yaml: paper.parsed.frontmatterYaml }] : []));
  const yamlOf = new Map(parsed.map((paper) => [paper.file, paper.yaml]));
  for (const { index, ...problem } of resolveAliases(parsed).problems) {
    messages.push({ ...problem, ...locateField(yamlOf.get(problem.file)!, ['aliases', index]), rule });
  }
  return messages;
}
