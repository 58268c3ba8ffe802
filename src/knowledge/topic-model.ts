import { STOP_WORDS } from './stop-words.ts';
import type { IndexedText, PaperText, Token } from './tokens.ts';

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
 * A term the model knows, where it first occurs in a paper. A term is a stem ("token") or two neighbouring stems
 * ("imag token"), counted once whether it occurs in the title, the abstract or both (weighing title words double
 * scored no better on the corpus).
 */
interface Term {
  /** Its weight's index. */
  at: number;
  /** The title or the abstract, and the characters `start..end` of it: "image tokens". Cut out only when shown. */
  field: IndexedText;
  start: number;
  end: number;
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

/**
 * Visit a paper's terms in order: each stem of a word (not a stop word, a number or a single letter) and each pair of
 * neighbouring such words in one sentence, with where it is; a term may come more than once.
 */
function visitTerms(text: PaperText, visit: (stem: string, next: string | undefined, field: IndexedText, start: number, end: number) => void): void {
  for (const field of [text.title, text.abstract]) {
    let previous: Token | undefined;
    for (const token of field.tokens) {
      if (STOP_WORDS.has(token.lower) || token.lower.length < 2 || !/^\p{L}/u.test(token.lower)) continue;
      visit(token.stem, undefined, field, token.start, token.end);
      if (previous && previous.sentence === token.sentence) visit(previous.stem, token.stem, field, previous.start, token.end);
      previous = token;
    }
  }
}

/** A term's key: its stem, or a pair's two stems with a space between. */
const keyOf = (stem: string, next: string | undefined): string => (next === undefined ? stem : `${stem} ${next}`);

/** A paper's distinct terms. */
function termKeys(text: PaperText): Set<string> {
  const keys = new Set<string>();
  visitTerms(text, (stem, next) => keys.add(keyOf(stem, next)));
  return keys;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Train one model per topic on the labelled papers. Papers are read in the
 * order given; the same examples always give the same weights.
 */
export function trainTopicModel(examples: readonly LabelledText[], topics: readonly string[]): TopicModel {
  const termLists = examples.map((example) => termKeys(example.text));
  const seen = new Map<string, number>();
  for (const terms of termLists) for (const key of terms) seen.set(key, (seen.get(key) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [key, count] of seen) if (count >= MIN_EXAMPLES) index.set(key, index.size);
  // Each example as the indexes of its terms: the inner loops below touch only these.
  const rows = termLists.map((terms) => Int32Array.from([...terms].filter((key) => index.has(key)), (key) => index.get(key)!));
  const weights = new Map<string, { bias: number; weights: Float64Array }>();
  for (const topic of topics) {
    const labels = examples.map((example) => (example.topics.includes(topic) ? 1 : 0));
    weights.set(topic, fit(rows, labels, index.size));
  }
  // Scoring looks pairs up stem by stem: no key string is built per word of the thousands of papers scored.
  const stems = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const [key, at] of index) {
    const [stem, next] = key.split(' ') as [string, string | undefined];
    if (next === undefined) stems.set(stem, at);
    else pairs.set(stem, (pairs.get(stem) ?? new Map<string, number>()).set(next, at));
  }
  // A paper is scored for several topics: its known terms are found once, with where each first occurs.
  const known = new WeakMap<PaperText, Term[]>();
  const knownTerms = (text: PaperText): Term[] => {
    let found = known.get(text);
    if (!found) {
      const terms: Term[] = [];
      const taken = new Set<number>();
      visitTerms(text, (stem, next, field, start, end) => {
        const at = next === undefined ? stems.get(stem) : pairs.get(stem)?.get(next);
        if (at === undefined || taken.has(at)) return;
        taken.add(at);
        terms.push({ at, field, start, end });
      });
      known.set(text, (found = terms));
    }
    return found;
  };
  return {
    topics,
    examples: examples.length,
    score(text, topic) {
      const model = weights.get(topic);
      if (!model) return undefined;
      let z = model.bias;
      const parts: Array<{ term: Term; points: number }> = [];
      for (const term of knownTerms(text)) {
        const points = model.weights[term.at]!;
        z += points;
        if (points > 0) parts.push({ term, points });
      }
      parts.sort((a, b) => b.points - a.points);
      const words = parts.slice(0, SHOWN).map(({ term }) => ({ text: term.field.text.slice(term.start, term.end), where: term.field === text.title ? ('title' as const) : ('abstract' as const) }));
      return { probability: sigmoid(z), words };
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
