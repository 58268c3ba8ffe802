import type { TopicMembership } from '../knowledge/topics.ts';
import type { LabelledPaper } from '../format/topic-corpus.ts';

/** How the derived membership of one topic compares with the hand labels. */
export interface TopicScore {
  topic: string;
  truePositives: number;
  /** Titles derived into the topic but labelled out. */
  falsePositives: string[];
  /** Titles labelled in but not derived. */
  falseNegatives: string[];
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 of each topic over labelled papers (a topic nobody derives has precision 1). With
 * `clearOnly`, a paper whose call for the topic its writer marked borderline is left out of that topic's figures.
 */
export function scoreTopics(
  labelled: readonly LabelledPaper[],
  membership: Pick<TopicMembership, 'byPaper'>,
  topics: readonly string[],
  clearOnly = false,
): TopicScore[] {
  return topics.map((topic) => {
    let truePositives = 0;
    const falsePositives: string[] = [];
    const falseNegatives: string[] = [];
    for (const { paper, topics: expected, borderline } of labelled) {
      if (clearOnly && borderline.includes(topic)) continue;
      const labelled = expected.includes(topic);
      const derived = membership.byPaper.get(paper.slug)?.some((item) => item.topic === topic) ?? false;
      if (labelled && derived) truePositives++;
      else if (derived) falsePositives.push(paper.title);
      else if (labelled) falseNegatives.push(paper.title);
    }
    const precision = truePositives + falsePositives.length === 0 ? 1 : truePositives / (truePositives + falsePositives.length);
    const recall = truePositives + falseNegatives.length === 0 ? 1 : truePositives / (truePositives + falseNegatives.length);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { topic, truePositives, falsePositives, falseNegatives, precision, recall, f1 };
  });
}
