import { VFileMessage } from 'vfile-message';
import { ContentValidationError } from '../schemas/validate.ts';
import { FileRefusal } from '../util/read-project-file.ts';
import type { CheckMessage } from './check-message.ts';
import type { Content } from './load-content.ts';

const rule = 'schema';

/** What to do about a paper file its reader refused, by the kind of problem. */
function paperFix(reason: string): string {
  if (reason.startsWith('the body is not valid MDX')) {
    return 'MDX reads `{`, `<` and a line starting with `import` or `export` as code: write `\\{` or `\\<` for the characters themselves, or close the tag or expression';
  }
  if (reason.startsWith('the frontmatter is not valid YAML')) return 'fix the YAML syntax; put a value that holds `:`, `#` or quotes in double quotes';
  if (reason.startsWith('expected the file to start') || reason.startsWith('the frontmatter is never closed')) {
    return 'start the file with a `---` line, the YAML fields, and another `---` line (see CONTRIBUTING.md)';
  }
  return 'give the field a value that src/schemas/paper.ts accepts (every field is described there)';
}

/** `content/topics/x.md:3:5: message`, as topic-file.ts throws YAML errors. */
const PLACED = /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<reason>.*)$/s;

/**
 * Paper and topic files that their schema (src/schemas/) or their syntax
 * refuses: the build would stop at the first of them.
 */
export function schema(content: Content): CheckMessage[] {
  const messages: CheckMessage[] = [];
  for (const file of [...content.papers, ...content.topics]) {
    if (file.error instanceof FileRefusal) messages.push({ file: file.path, rule, reason: file.error.message, fix: 'make it a plain text file inside the repository, as the other content files are' });
  }
  for (const paper of content.papers) {
    if (paper.error === undefined || paper.error instanceof FileRefusal) continue;
    if (!(paper.error instanceof VFileMessage)) throw paper.error;
    const { reason, line, column } = paper.error;
    messages.push({ file: paper.path, line: line ?? undefined, column: column ?? undefined, rule, reason, fix: paperFix(reason) });
  }
  for (const topic of content.topics) {
    const { error } = topic;
    if (error === undefined || error instanceof FileRefusal) continue;
    if (error instanceof ContentValidationError) {
      for (const sentence of error.sentences) {
        const fix = sentence.startsWith('the file name')
          ? 'rename the file: its name is the topic id, used in /topics/<id>/ and in papers\' `topics:` lists'
          : 'give the field a value that src/schemas/topic.ts accepts (every field is described there)';
        messages.push({ file: topic.path, rule, reason: sentence, fix });
      }
      continue;
    }
    const placed = error instanceof Error ? PLACED.exec(error.message)?.groups : undefined;
    if (!placed) throw error;
    messages.push({
      file: topic.path,
      line: Number(placed.line),
      column: Number(placed.column),
      rule,
      reason: `the frontmatter is not valid YAML: ${placed.reason}`,
      fix: 'fix the YAML syntax; put a value that holds `:`, `#` or quotes in double quotes',
    });
  }
  return messages;
}
