import type { Message } from '../util/message.ts';
import { didYouMean } from '../util/did-you-mean.ts';
import { locateField } from '../format/frontmatter.ts';
import type { Content } from './load-content.ts';

/**
 * Topic ids in a paper's `topics` or `excludeTopics` that name no file in
 * content/topics/: the build fails on them (src/knowledge/topics.ts), and
 * here each gets its line and the ids that exist.
 */
export function unknownTopics(content: Content): Message[] {
  const known = content.topics.map((topic) => topic.name);
  const messages: Message[] = [];
  for (const paper of content.papers) {
    if (!paper.parsed) continue;
    for (const field of ['topics', 'excludeTopics'] as const) {
      paper.parsed.frontmatter[field].forEach((id, index) => {
        if (known.includes(id)) return;
        messages.push({
          file: paper.path,
          ...locateField(paper.parsed!.frontmatterYaml, [field, index]),
          rule: 'unknown-topics',
          reason: `unknown topic "${id}" in ${field}.${didYouMean(id, known)}`,
          fix: `use one of the topic ids (file names in content/topics/): ${known.join(', ')}; or add content/topics/${id}.md for a new topic`,
        });
      });
    }
  }
  return messages;
}
