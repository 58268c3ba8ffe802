import type { TopicModel } from '../knowledge/topic-model.ts';
import { deriveTopics, TopicReferenceError, type Evidence, type NearMiss } from '../knowledge/topics.ts';
import type { Message } from '../util/message.ts';
import { locateField } from '../format/frontmatter.ts';
import { contentPapers, contentTopics, type Content } from './load-content.ts';

const points = (value: number): string => String(Math.round(value * 100) / 100);

/** The strongest matched words, as the topic page shows them. */
function matched(evidence: readonly Evidence[]): string {
  const words = [...new Set(evidence.filter((item) => item.points > 0).map((item) => item.text))].slice(0, 4);
  return words.length ? `; matched: ${words.join(', ')}` : '';
}

/**
 * Papers a contributor should look at, not problems: a paper that lands
 * only in the catch-all topic, a membership the rules decide by less than
 * BORDERLINE_MARGIN points or only the learned model decides, a paper the rules leave out by as little, and one
 * the rules admit but the learned model leaves out. Each
 * disappears once curated with `topics:` or `excludeTopics:`. Nothing is
 * listed while a paper names an unknown topic (`unknown-topics` says so).
 */
export function topicReview(content: Content, model?: TopicModel): Message[] {
  const files = new Map(content.papers.filter((file) => file.parsed).map((file) => [file.name, file]));
  const topics = contentTopics(content);
  let membership;
  try {
    membership = deriveTopics(contentPapers(content), topics, model ? { model } : {});
  } catch (error) {
    if (error instanceof TopicReferenceError) return [];
    throw error;
  }
  const catchAll = topics.find((topic) => topic.catchAll)?.id;
  const thresholds = new Map<string, number>(topics.flatMap((topic) => (topic.rules ? [[topic.id, topic.rules.threshold] as const] : [])));
  const misses = new Map<string, NearMiss[]>();
  for (const miss of membership.nearMisses) misses.set(miss.paper, [...(misses.get(miss.paper) ?? []), miss]);
  const messages: Message[] = [];
  for (const [slug, memberships] of membership.byPaper) {
    const file = files.get(slug)!;
    const at = { file: file.path, ...locateField(file.parsed!.frontmatterYaml, ['title']), rule: 'topic-review' };
    const own = misses.get(slug) ?? [];
    const nearest = own.filter((miss) => !miss.learned).sort((a, b) => b.score - b.threshold - (a.score - a.threshold))[0];
    // A paper the learned model took out of a topic is listed for that below, which says more than "lands only in".
    const leftOut = own.some((miss) => miss.learned);
    if (catchAll && memberships.length === 1 && memberships[0]!.topic === catchAll && !memberships[0]!.curated && !leftOut) {
      messages.push({
        ...at,
        reason: `lands only in "${catchAll}": no topic's rules reach their threshold${nearest ? ` (closest: ${nearest.topic}, ${points(nearest.score)} of ${points(nearest.threshold)} points${matched(nearest.evidence)})` : ''}`,
        fix: `if it belongs to a topic, add it with \`topics: [${nearest?.topic ?? 'id'}]\`; if "${catchAll}" is right, add \`topics: [${catchAll}]\``,
      });
      continue;
    }
    for (const member of memberships.filter((item) => item.borderline)) {
      const rules = `${points(member.score)} points against a threshold of ${points(thresholds.get(member.topic)!)}`;
      const learned = member.learned;
      messages.push({
        ...at,
        reason: learned
          ? `joins ${member.topic} only through the learned model: it is worded like the topic's labelled papers (probability ${learned.probability.toFixed(2)}; ${learned.words.map((word) => word.text).slice(0, 4).join(', ')}), while the rules give ${rules}`
          : `joins ${member.topic} by a small margin: ${rules}${matched(member.evidence)}`,
        fix: `if it belongs there, keep it with \`topics: [${member.topic}]\`; if not, remove it with \`excludeTopics: [${member.topic}]\``,
      });
    }
    for (const miss of own) {
      const rules = `${points(miss.score)} points against a threshold of ${points(miss.threshold)}`;
      messages.push({
        ...at,
        reason: miss.learned
          ? `left out of ${miss.topic} by the learned model: the rules give ${rules}${matched(miss.evidence)}, but it is worded unlike the topic's labelled papers (probability ${miss.learned.probability.toFixed(2)})`
          : `misses ${miss.topic} by a small margin: ${rules}${matched(miss.evidence)}`,
        fix: `if it belongs there, add it with \`topics: [${miss.topic}]\`; if not, confirm with \`excludeTopics: [${miss.topic}]\``,
      });
    }
  }
  return messages;
}
