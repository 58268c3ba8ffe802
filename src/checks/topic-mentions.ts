import { fromMarkdown } from 'mdast-util-from-markdown';
import { SKIP, visit } from 'unist-util-visit';
import { splitFrontmatter } from '../format/frontmatter.ts';
import type { Message } from '../util/message.ts';
import type { Content } from './load-content.ts';

const rule = 'topic-mentions';

/**
 * Topic prose that names another topic by its id as "the <id> page" or
 * "the <id> topic" without linking it: a reader cannot follow it, and a
 * renamed topic would leave it stale. Written as a Markdown link instead,
 * body-links checks that it leads somewhere and the site puts BASE_PATH in
 * front of it.
 */
export function topicMentions(content: Content): Message[] {
  const topics = content.topics.filter((topic) => topic.parsed);
  // The catch-all's id is an everyday word ("the other topic"), so only the others count as names.
  const named = topics.filter((topic) => !topic.parsed!.topic.catchAll);
  const titles = new Map(named.map((topic) => [topic.name, topic.parsed!.topic.title]));
  const messages: Message[] = [];
  for (const topic of topics) {
    // A topic's prose may name itself.
    const ids = named.filter((other) => other !== topic).map((other) => other.name.replace(/-/g, '\\-'));
    if (ids.length === 0) continue;
    const mention = new RegExp(`(?<![\\w-])(${ids.join('|')}) (page|topic)\\b`, 'gi');
    const { body, bodyLine: line } = splitFrontmatter(topic.text, topic.path);
    visit(fromMarkdown(body), (node) => {
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code') return SKIP;
      if (node.type === 'text' && node.position) {
        for (const match of node.value.matchAll(mention)) {
          const before = node.value.slice(0, match.index);
          const newlines = before.split('\n').length - 1;
          const id = match[1]!.toLowerCase();
          messages.push({
            file: topic.path,
            line: node.position.start.line + line - 1 + newlines,
            column: newlines ? before.length - before.lastIndexOf('\n') : node.position.start.column + match.index,
            rule,
            reason: `"${match[0]}" names a topic without linking to it`,
            fix: `write it as a link: [${titles.get(id)}](/topics/${id}/) ${match[2]}`,
          });
        }
      }
      return undefined;
    });
  }
  return messages;
}
