import { STOP_WORDS } from './stop-words.ts';
import type { IndexedText, PaperText } from './tokens.ts';

/**
 * The learned half of topic membership: one logistic regression per topic
 * over a paper's stems and stem pairs, trained on hand-labelled papers (the
 * dev part of the topic corpus). The rules decide first; the model only adds
 * a paper the rules left out when its wording is much like the labelled
 * members' (a probability of at least LEARNED_BAR), and the topic page then
 * names the words that weighed most, so a reader still sees why.
 *
 * Training is deterministic (full-batch gradient steps in a fixed order, no
 * randomness) and linear in the words of the examples, so every build of the
 * same content trains the same weights.
 */

/** A paper the model adds must look like a member with at least this probability. */
export const LEARNED_BAR = 0.75;

/** Training: passes over the examples, step size, and the L2 penalty that keeps rare words from deciding alone. */
const EPOCHS = 150;
const STEP = 0.5;
const PENALTY = 0.01;
/** A term must occur in at least this many examples to get a weight: one paper's wording is not a topic's. */
const MIN_EXAMPLES = 2;
/** How many of the words that weighed most a membership names. */
const SHOWN = 5;

/**
 * One term of a paper: a stem ("token") or two neighbouring stems ("imag token"), counted once whether it
 * occurs in the title, the abstract or both (weighing title words double scored no better on the corpus).
 */
interface Term {
  /** The words as the paper has them, first occurrence: "image tokens". */
  text: string;
  where: 'title' | 'abstract';
}

/** A labelled paper, its text indexed once. */
export interface LabelledText {
  text: PaperText;
  topics: readonly string[];
}

/** What the model says of one paper and one topic. */
export interface LearnedScore {
  /** Probability that the paper belongs, by its wording alone. */
  probability: number;
  /** The paper's words that weighed most for the topic, strongest first, as the paper has them. */
  words: ReadonlyArray<{ text: string; where: 'title' | 'abstract' }>;
}

export interface TopicModel {
  /** Topic ids the model was trained for. */
  readonly topics: readonly string[];
  /** How many labelled papers it learned from. */
  readonly examples: number;
  /** Score a paper for a topic; undefined for a topic the model has no weights for. */
  score(text: PaperText, topic: string): LearnedScore | undefined;
}

function addTerms(terms: Map<string, Term>, text: IndexedText, where: 'title' | 'abstract'): void {
  const words = text.tokens.filter((token) => !STOP_WORDS.has(token.lower) && /^\p{L}/u.test(token.lower) && token.lower.length > 1);
  const add = (key: string, first: number, last: number): void => {
    if (!terms.has(key)) terms.set(key, { text: text.text.slice(words[first]!.start, words[last]!.end), where });
  };
  for (let index = 0; index < words.length; index++) {
    add(words[index]!.stem, index, index);
    const next = words[index + 1];
    if (next && next.sentence === words[index]!.sentence) add(`${words[index]!.stem} ${next.stem}`, index, index + 1);
  }
}

/** A paper's terms: each stem and pair of neighbouring stems of its title and abstract, once. */
function termsOf(text: PaperText): Map<string, Term> {
  const terms = new Map<string, Term>();
  addTerms(terms, text.title, 'title');
  addTerms(terms, text.abstract, 'abstract');
  return terms;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Train one model per topic on the labelled papers. Papers are read in the
 * order given; the same examples always give the same weights.
 */
export function trainTopicModel(examples: readonly LabelledText[], topics: readonly string[]): TopicModel {
  const termLists = examples.map((example) => termsOf(example.text));
  const seen = new Map<string, number>();
  for (const terms of termLists) for (const key of terms.keys()) seen.set(key, (seen.get(key) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [key, count] of seen) if (count >= MIN_EXAMPLES) index.set(key, index.size);
  // Each example as the indexes of its terms: the inner loops below touch only these.
  const rows = termLists.map((terms) => Int32Array.from([...terms.keys()].filter((key) => index.has(key)), (key) => index.get(key)!));
  const weights = new Map<string, { bias: number; weights: Float64Array }>();
  for (const topic of topics) {
    const labels = examples.map((example) => (example.topics.includes(topic) ? 1 : 0));
    weights.set(topic, fit(rows, labels, index.size));
  }
  return {
    topics,
    examples: examples.length,
    score(text, topic) {
      const model = weights.get(topic);
      if (!model) return undefined;
      let z = model.bias;
      const parts: Array<{ text: string; where: 'title' | 'abstract'; points: number }> = [];
      for (const [key, term] of termsOf(text)) {
        const at = index.get(key);
        if (at === undefined) continue;
        const points = model.weights[at]!;
        z += points;
        if (points > 0) parts.push({ text: term.text, where: term.where, points });
      }
      parts.sort((a, b) => b.points - a.points);
      return { probability: sigmoid(z), words: parts.slice(0, SHOWN).map(({ text: words, where }) => ({ text: words, where })) };
    },
  };
}

/** Logistic regression by full-batch gradient descent with per-weight (AdaGrad) step sizes and an L2 penalty. */
function fit(rows: readonly Int32Array[], labels: readonly number[], size: number): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(size);
  const squares = new Float64Array(size);
  const gradient = new Float64Array(size);
  let bias = 0;
  let biasSquares = 0;
  const count = rows.length;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let row = 0; row < count; row++) {
      const ids = rows[row]!;
      let z = bias;
      for (const id of ids) z += weights[id]!;
      const error = sigmoid(z) - labels[row]!;
      biasGradient += error;
      for (const id of ids) gradient[id]! += error;
    }
    for (let at = 0; at < size; at++) {
      const step = gradient[at]! / count + PENALTY * weights[at]!;
      if (step === 0) continue;
      squares[at]! += step * step;
      weights[at]! -= (STEP * step) / Math.sqrt(squares[at]!);
    }
    const step = biasGradient / count;
    biasSquares += step * step;
    if (biasSquares > 0) bias -= (STEP * step) / Math.sqrt(biasSquares);
  }
  return { bias, weights };
}
