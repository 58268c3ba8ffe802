import type { Message } from '../util/message.ts';
import { locateField } from '../format/frontmatter.ts';
import type { Content } from './load-content.ts';

/** Titles a reader could not tell apart: same letters, whatever the case, spacing or Unicode form. */
const comparable = (title: string): string => title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Two paper files with the same title: ingest finds a paper's file by its
 * title, and readers cannot tell the pages apart. Each later file is named
 * with the first one.
 */
export function duplicateTitles(content: Content): Message[] {
  const first = new Map<string, string>();
  const messages: Message[] = [];
  for (const paper of content.papers) {
    if (!paper.parsed) continue;
    const { title } = paper.parsed.frontmatter;
    const key = comparable(title);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, paper.path);
      continue;
    }
    messages.push({
      file: paper.path,
      ...locateField(paper.parsed.frontmatterYaml, ['title']),
      rule: 'duplicate-titles',
      reason: `title ${JSON.stringify(title)} is also the title of ${earlier}`,
      fix: `if both files are the same paper, keep one, delete the other and add the deleted file's slug to the kept file's \`aliases\` so its address redirects; if they are different papers, make the titles differ`,
    });
  }
  return messages;
}
