import { findMatches, phrasePattern } from '../knowledge/phrase-pattern.ts';
import type { Paper } from '../knowledge/paper.ts';
import { indexPaper } from '../knowledge/tokens.ts';
import { rulePhrases } from '../schemas/topic.ts';
import type { Message } from '../util/message.ts';
import { locateField, splitFrontmatter } from '../format/frontmatter.ts';
import type { Content } from './load-content.ts';

/** A phrase must match more papers than this, or say why it is kept. */
export const FITTED = 1;

/**
 * Rule phrases fitted to one paper: a phrase of a topic file found in the
 * title or abstract of at most FITTED of the known papers (the seed's and,
 * in the repository, the labelled corpus's) describes that paper, not the
 * field, unless it carries a written reason (`{ points, why }`, `{ phrase,
 * why }`). A phrase is counted wherever it occurs, so a title phrase that is
 * common in abstracts is field vocabulary. Only how many papers match is
 * counted; which ones is never reported, so the held-out part of the corpus
 * stays unread.
 */
export function topicPhrases(content: Content, papers: readonly Paper[]): Message[] {
  const texts = papers.map(indexPaper);
  const counts = new Map<string, number>();
  const count = (phrase: string): number => {
    let found = counts.get(phrase);
    if (found === undefined) {
      const pattern = phrasePattern(phrase);
      found = texts.filter((text) => findMatches(pattern, text.title).length > 0 || findMatches(pattern, text.abstract).length > 0).length;
      counts.set(phrase, found);
    }
    return found;
  };
  const messages: Message[] = [];
  for (const file of content.topics) {
    if (!file.parsed) continue;
    const { yaml } = splitFrontmatter(file.text, file.path);
    for (const { phrase, path, why } of rulePhrases(file.parsed.topic)) {
      if (why !== undefined) continue;
      const matched = count(phrase);
      if (matched > FITTED) continue;
      const field = path.slice(0, -1).join('.');
      const keep = typeof path.at(-1) === 'number' ? `{ phrase: ${JSON.stringify(phrase)}, why: "..." }` : `${JSON.stringify(phrase)}: { points: ..., why: "..." }`;
      messages.push({
        file: file.path,
        ...locateField(yaml, path),
        rule: 'topic-phrases',
        reason: `${JSON.stringify(phrase)} in ${field} is found in ${matched === 0 ? 'none' : 'only one'} of the ${papers.length} known papers: it describes a paper, not the field`,
        fix: `use words the field shares (a shorter phrase, a word*), drop it, or keep it with a written reason: ${keep}`,
      });
    }
  }
  return messages;
}
