import type { TopicId } from '../util/ids.ts';
import type { TopicMembership } from './topics.ts';

/** Another topic sharing papers with this one. */
export interface RelatedTopic {
  topic: TopicId;
  /** Papers on both topics. */
  shared: number;
  /** shared / papers on either topic: 1 means the same papers. */
  jaccard: number;
}

/**
 * For each topic, the other topics it shares papers with, most shared first
 * (ties: higher Jaccard, then id). Cost: papers × (topics per paper)², never
 * papers².
 */
export function relatedTopics(membership: TopicMembership): Map<TopicId, RelatedTopic[]> {
  const pairs = new Map<TopicId, Map<TopicId, number>>([...membership.byTopic.keys()].map((id) => [id, new Map()]));
  for (const memberships of membership.byPaper.values()) {
    for (const a of memberships) {
      for (const b of memberships) {
        if (a.topic === b.topic) continue;
        const row = pairs.get(a.topic)!;
        row.set(b.topic, (row.get(b.topic) ?? 0) + 1);
      }
    }
  }
  const size = (id: TopicId): number => membership.byTopic.get(id)?.length ?? 0;
  const related = new Map<TopicId, RelatedTopic[]>();
  for (const [id, row] of pairs) {
    const list = [...row].map(([topic, shared]) => ({ topic, shared, jaccard: shared / (size(id) + size(topic) - shared) }));
    list.sort((a, b) => b.shared - a.shared || b.jaccard - a.jaccard || (a.topic < b.topic ? -1 : 1));
    related.set(id, list);
  }
  return related;
}
