import { MessageError, type Message } from '../util/message.ts';
import type { Content } from './load-content.ts';

/**
 * Paper and topic files their reader (src/format/) refuses: frontmatter
 * fences, YAML, the schema (src/schemas/), MDX. The build reads them with
 * the same reader and would stop at the first; here each comes with its line
 * and its fix, as the reader wrote them.
 */
export function schema(content: Content): Message[] {
  return [...content.papers, ...content.topics].flatMap((file) => {
    if (file.error === undefined) return [];
    if (!(file.error instanceof MessageError)) throw file.error;
    return file.error.messages.map((message) => ({ ...message, rule: 'schema' }));
  });
}
