import { phraseOf, type LeanRules } from '../schemas/topic.ts';
import { findMatches, phrasePattern, quote, type Match, type PhrasePattern } from './phrase-pattern.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { IndexedText, PaperText, Token } from './tokens.ts';

/**
 * The learned half of topic membership: one logistic regression per topic
 * over a paper's stems, stem pairs and relations, trained on hand-labelled papers (the
 * dev part of the topic corpus). The rules decide first; within each topic's
 * `learned` settings (src/schemas/topic.ts) the model then adds a paper the
 * rules left out when its wording is much like the labelled members', and the
 * topic page names the words that weighed most, so a reader still sees why;
 * or it leaves out a paper the rules admitted whose wording is far from any
 * member's, and `npm run check` lists it with both verdicts.
 *
 * Training is deterministic (full-batch gradient steps in a fixed order, no
 * randomness) and linear in the words of the examples, so every build of the
 * same content trains the same weights.
 */

/** Training: passes over the examples, step size, and the L2 penalty that keeps rare words from deciding alone. */
const EPOCHS = 200;
const STEP = 0.7;
const PENALTY = 0.001;
/** A term must occur in at least this many examples to get a weight: one paper's wording is not a topic's. */
const MIN_EXAMPLES = 2;
/** How many of the words that weighed most a membership names. */
const SHOWN = 5;

/** A labelled paper, its text indexed once. */
export interface LabelledText {
  text: PaperText;
  topics: readonly string[];
}

/**
 * Two families of words a comparison topic relates, its lean's two sides
 * (diffusion, and autoregressive or language models). A paper naming both
 * is a term of its own: a sum of word weights cannot learn that the pair
 * means more than its parts (a diffusion paper alone, or a language-model
 * paper alone, is not a comparison; a paper that names both often is).
 */
export interface Relation {
  /** The topic whose sides these are; the term's name. */
  name: string;
  sides: readonly [readonly PhrasePattern[], readonly PhrasePattern[]];
}

/** The relations of the topics that have lean sides: every phrase of a side, generic ones included. */
export function relationsOf(topics: ReadonlyArray<{ id: string; lean?: LeanRules | undefined }>): Relation[] {
  return topics.flatMap((topic) => {
    if (!topic.lean) return [];
    const [one, other] = topic.lean.sides.map((side) => [...side.phrases, ...side.generic].map((item) => phrasePattern(phraseOf(item))));
    return [{ name: topic.id, sides: [one!, other!] as const }];
  });
}

/** Where a paper first names each side of a relation (title, then abstract), if it names both. */
function namedSides(text: PaperText, relation: Relation): Array<{ field: IndexedText; match: Match }> | undefined {
  const named = relation.sides.map((patterns) => {
    for (const field of [text.title, text.abstract]) {
      const first = patterns.flatMap((pattern) => findMatches(pattern, field).slice(0, 1)).sort((a, b) => a.first - b.first)[0];
      if (first) return { field, match: first };
    }
    return undefined;
  });
  return named.every((side) => side !== undefined) ? named : undefined;
}

/** A relation's term key: `&` and its name (a stem never starts with `&`, and a pair has a space). */
const relationKey = (relation: Relation): string => `&${relation.name}`;

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
  /** The probability that a paper belongs to a topic, by its wording alone; undefined for a topic the model has no weights for. */
  probability(text: PaperText, topic: string): number | undefined;
  /** The paper's words that weighed most for the topic, strongest first, as the paper has them (for members: it walks the paper again). */
  words(text: PaperText, topic: string): LearnedScore['words'];
}

const STARTS_WITH_LETTER = /^\p{L}/u;

/**
 * Visit a paper's terms in order: each stem of a word (not a stop word, a number or a single letter) and each pair of
 * neighbouring such words in one sentence, with where it is; a term may come more than once.
 */
function visitTerms(text: PaperText, visit: (stem: string, next: string | undefined, field: IndexedText, start: number, end: number) => void): void {
  for (const field of [text.title, text.abstract]) {
    let previous: Token | undefined;
    for (const token of field.tokens) {
      if (STOP_WORDS.has(token.lower) || token.lower.length < 2 || !STARTS_WITH_LETTER.test(token.lower)) continue;
      visit(token.stem, undefined, field, token.start, token.end);
      if (previous && previous.sentence === token.sentence) visit(previous.stem, token.stem, field, previous.start, token.end);
      previous = token;
    }
  }
}

/** A term's key: its stem, or a pair's two stems with a space between. */
const keyOf = (stem: string, next: string | undefined): string => (next === undefined ? stem : `${stem} ${next}`);

/** A paper's distinct terms, its relations included. */
function termKeys(text: PaperText, relations: readonly Relation[]): Set<string> {
  const keys = new Set<string>();
  visitTerms(text, (stem, next) => keys.add(keyOf(stem, next)));
  for (const relation of relations) if (namedSides(text, relation)) keys.add(relationKey(relation));
  return keys;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Train one model per topic on the labelled papers. Papers are read in the
 * order given; the same examples always give the same weights.
 */
export function trainTopicModel(examples: readonly LabelledText[], topics: readonly string[], relations: readonly Relation[] = []): TopicModel {
  const { index, models } = fitTopics(examples, topics, relations);
  return scorer(index, models, topics, relations, examples.length);
}

/** The terms the examples share and one fitted model per topic: all a scorer keeps (never the examples themselves). */
function fitTopics(
  examples: readonly LabelledText[],
  topics: readonly string[],
  relations: readonly Relation[],
): { index: Map<string, number>; models: Array<{ bias: number; weights: Float64Array }> } {
  const termLists = examples.map((example) => termKeys(example.text, relations));
  const seen = new Map<string, number>();
  for (const terms of termLists) for (const key of terms) seen.set(key, (seen.get(key) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [key, count] of seen) if (count >= MIN_EXAMPLES) index.set(key, index.size);
  // Each example as the indexes of its terms: the inner loops below touch only these.
  const rows = termLists.map((terms) => Int32Array.from([...terms].filter((key) => index.has(key)), (key) => index.get(key)!));
  const models = topics.map((topic) => fit(rows, examples.map((example) => (example.topics.includes(topic) ? 1 : 0)), index.size));
  return { index, models };
}

/** Score papers with fitted models. A function of its own so that its closures keep only what scoring needs. */
function scorer(
  index: ReadonlyMap<string, number>,
  models: ReadonlyArray<{ bias: number; weights: Float64Array }>,
  topics: readonly string[],
  relations: readonly Relation[],
  examples: number,
): TopicModel {
  const topicIndex = new Map(topics.map((topic, at) => [topic, at]));
  // Relations with a weight (named by enough examples), each with its term's index.
  const weighed = relations.flatMap((relation) => {
    const at = index.get(relationKey(relation));
    return at === undefined ? [] : [{ relation, at }];
  });
  // Scoring looks pairs up stem by stem: no key string is built per word of the thousands of papers scored.
  const stems = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const [key, at] of index) {
    if (key.startsWith('&')) continue;
    const [stem, next] = key.split(' ') as [string, string | undefined];
    if (next === undefined) stems.set(stem, at);
    else pairs.set(stem, (pairs.get(stem) ?? new Map<string, number>()).set(next, at));
  }
  /** Visit each known term of a paper once, at its first occurrence (a stamp per term tells the visits apart). */
  const stamps = new Int32Array(index.size);
  let visit = 0;
  const visitKnown = (text: PaperText, known: (at: number, field: IndexedText, start: number, end: number) => void): void => {
    visit++;
    visitTerms(text, (stem, next, field, start, end) => {
      const at = next === undefined ? stems.get(stem) : pairs.get(stem)?.get(next);
      if (at === undefined || stamps[at] === visit) return;
      stamps[at] = visit;
      known(at, field, start, end);
    });
  };
  // A paper is asked about each topic in turn: one walk gives all its logits, kept until the next paper.
  let last: { text: PaperText; logits: Float64Array } | undefined;
  const logitsOf = (text: PaperText): Float64Array => {
    if (last?.text !== text) {
      const sums = Float64Array.from(models, (model) => model.bias);
      const add = (at: number): void => {
        for (let topic = 0; topic < models.length; topic++) sums[topic]! += models[topic]!.weights[at]!;
      };
      visitKnown(text, add);
      for (const { relation, at } of weighed) if (namedSides(text, relation)) add(at);
      last = { text, logits: sums };
    }
    return last.logits;
  };
  return {
    topics,
    examples,
    probability(text, topic) {
      const at = topicIndex.get(topic);
      return at === undefined ? undefined : sigmoid(logitsOf(text)[at]!);
    },
    words(text, topic) {
      const model = models[topicIndex.get(topic) ?? -1];
      if (!model) return [];
      const parts: Array<{ text: string; where: 'title' | 'abstract'; points: number }> = [];
      visitKnown(text, (at, field, start, end) => {
        const points = model.weights[at]!;
        if (points > 0) parts.push({ text: field.text.slice(start, end), where: field === text.title ? 'title' : 'abstract', points });
      });
      for (const { relation, at } of weighed) {
        const points = model.weights[at]!;
        const sides = points > 0 ? namedSides(text, relation) : undefined;
        if (!sides) continue;
        // Both sides as the paper names them: "diffusion and LLM"; from the title only if both are there.
        const where = sides.every((side) => side.field === text.title) ? 'title' : 'abstract';
        parts.push({ text: sides.map((side) => quote(side.field, side.match)).join(' and '), where, points });
      }
      parts.sort((a, b) => b.points - a.points);
      return parts.slice(0, SHOWN).map(({ text: words, where }) => ({ text: words, where }));
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
