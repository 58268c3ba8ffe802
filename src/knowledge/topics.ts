import { didYouMean } from '../util/did-you-mean.ts';
import type { PaperSlug, TopicId } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';
import { phraseOf, pointsOf, type TopicData } from '../schemas/topic.ts';
import { createLeanReader, type LeanReader } from './lean.ts';
import type { Paper } from './paper.ts';
import { findMatches, phrasePattern, quote, type Match, type PhrasePattern } from './phrase-pattern.ts';
import type { LearnedScore, TopicModel } from './topic-model.ts';
import { indexPaper, type PaperText } from './tokens.ts';

/** A topic as the derivation reads it: its id (the file name) and its validated frontmatter. */
export type Topic = TopicData & { id: TopicId };

/** One phrase that counted towards a paper's score, and where it was found. */
export interface Evidence {
  /** The rule's phrase, as written in the topic file (`diffus*`), or a contrast claim ("autoregressive surpass diffusion"). */
  phrase: string;
  /** The words as the paper has them, first occurrence (`diffusion`; acronyms keep their case). */
  text: string;
  where: 'title' | 'abstract';
  /** Occurrences found there (the abstract counts up to ABSTRACT_REPEATS). */
  count: number;
  /** Points this phrase added (negative when it counts against the topic). */
  points: number;
}

/** Why a paper is on a topic page. */
export interface Membership {
  paper: PaperSlug;
  topic: TopicId;
  /** Sum of the rule points; 0 for the catch-all. */
  score: number;
  /** Added by hand with `topics:` in the paper's frontmatter. */
  curated: boolean;
  /**
   * Worth a contributor's look: the rules alone put it here by less than BORDERLINE_MARGIN points (one
   * phrase fewer and it would be out), or only the learned model did.
   */
  borderline: boolean;
  /** Set when the rules left the paper out and the model trained on labelled papers put it in. */
  learned?: LearnedScore;
  /** Matched phrases, strongest first; empty for curated-only and catch-all members. */
  evidence: readonly Evidence[];
}

/**
 * A paper left out of a topic that is worth a contributor's look: the rules
 * left it out by less than BORDERLINE_MARGIN points, or they admitted it and
 * the learned model left it out (`learned`).
 */
export interface NearMiss {
  paper: PaperSlug;
  topic: TopicId;
  score: number;
  threshold: number;
  /** Set when the rules admitted the paper and the model found it unlike the topic's labelled papers. */
  learned?: { probability: number };
  /** Matched phrases, strongest first. */
  evidence: readonly Evidence[];
}

/** Every topic's members and every paper's topics, derived once and shared by all pages. */
export interface TopicMembership {
  /** Per topic (in the order given), its papers: curated first, then best score, then input order. */
  byTopic: ReadonlyMap<TopicId, readonly Membership[]>;
  /** Per paper, its memberships in topic order. */
  byPaper: ReadonlyMap<PaperSlug, readonly Membership[]>;
  /** Papers just under a topic's threshold or left out by the learned model, in input order, for review (`npm run check`). */
  nearMisses: readonly NearMiss[];
}

export interface DeriveOptions {
  /** The file a paper came from, for error messages. Default `content/papers/<slug>.mdx`. */
  fileOf?: (paper: Paper) => string;
  /** A model trained on labelled papers (topic-model.ts): within each topic's `learned` settings it adds papers the rules left out and leaves out papers they admitted. */
  model?: TopicModel;
}

/** A phrase in the abstract counts once per occurrence, at most this often: repetition shows focus, up to a point. */
export const ABSTRACT_REPEATS = 3;

/**
 * A score within this many points of a topic's threshold, either side, is
 * borderline: a single abstract phrase (most weigh 1) would flip the call.
 */
export const BORDERLINE_MARGIN = 1;

/** Thrown when papers name topics that do not exist (or topics clash); one line `file: reason` per problem. */
export class TopicReferenceError extends MessageError {
  constructor(messages: readonly Message[]) {
    super(messages);
    this.name = 'TopicReferenceError';
  }
}

interface CompiledRule {
  topic: Topic;
  threshold: number;
  title: Array<[PhrasePattern, number]>;
  abstract: Array<[PhrasePattern, number]>;
  must: PhrasePattern[];
  mustAlso: PhrasePattern[];
  mustNot: PhrasePattern[];
  /** How far the learned model may overrule the rules (the topic file's `learned`). */
  learned: { adds: number; removes: number };
  /** Points per contrast sentence, and the reader that finds them (comparison topics only). */
  contrast?: { points: number; reader: LeanReader };
}

/** Compile every distinct phrase once; topics sharing a phrase share its pattern. */
function compileRules(topics: readonly Topic[]): CompiledRule[] {
  const patterns = new Map<string, PhrasePattern>();
  const pattern = (phrase: string): PhrasePattern => {
    let compiled = patterns.get(phrase);
    if (!compiled) patterns.set(phrase, (compiled = phrasePattern(phrase)));
    return compiled;
  };
  const compiled: CompiledRule[] = [];
  for (const topic of topics) {
    const rules = topic.rules;
    if (!rules) continue;
    compiled.push({
      topic,
      threshold: rules.threshold,
      title: Object.entries(rules.title).map(([phrase, weight]) => [pattern(phrase), pointsOf(weight)]),
      abstract: Object.entries(rules.abstract).map(([phrase, weight]) => [pattern(phrase), pointsOf(weight)]),
      must: rules.must.map((item) => pattern(phraseOf(item))),
      mustAlso: rules.mustAlso.map((item) => pattern(phraseOf(item))),
      mustNot: rules.mustNot.map((item) => pattern(phraseOf(item))),
      learned: rules.learned,
      ...(rules.contrast !== undefined && topic.lean ? { contrast: { points: rules.contrast, reader: createLeanReader(topic.lean) } } : {}),
    });
  }
  return compiled;
}

interface Found {
  count: number;
  /** The first occurrence, quoted as evidence when the paper is shown. */
  first?: Match;
}

const NOT_FOUND: Found = { count: 0 };

/** Occurrences per phrase for one paper, each phrase searched at most once per field. */
function paperCounter(texts: PaperText): (pattern: PhrasePattern, where: 'title' | 'abstract') => Found {
  const cache = { title: new Map<PhrasePattern, Found>(), abstract: new Map<PhrasePattern, Found>() };
  return (pattern, where) => {
    let found = cache[where].get(pattern);
    if (found === undefined) {
      const matches = findMatches(pattern, texts[where]);
      found = matches.length ? { count: matches.length, first: matches[0]! } : NOT_FOUND;
      cache[where].set(pattern, found);
    }
    return found;
  };
}

/** Whether a `mustNot` phrase of the topic keeps the paper out: its authors' word, which the learned model respects too. */
function barred(rule: CompiledRule, count: ReturnType<typeof paperCounter>): boolean {
  return rule.mustNot.some((pattern) => count(pattern, 'title').count > 0 || count(pattern, 'abstract').count > 0);
}

interface Scored {
  score: number;
  /** Matched phrases, strongest first. */
  evidence: Evidence[];
}

/**
 * Score one paper against one topic's rules: undefined when a `must` or
 * `mustAlso` or `mustNot` keeps it out, or when it is too far below the threshold to be
 * even a near miss (its evidence is then never put into words).
 */
function scorePaper(rule: CompiledRule, paper: Paper, texts: PaperText, count: ReturnType<typeof paperCounter>): Scored | undefined {
  const anywhere = (pattern: PhrasePattern): boolean => count(pattern, 'title').count > 0 || count(pattern, 'abstract').count > 0;
  if (barred(rule, count)) return undefined;
  if (rule.must.length > 0 && !rule.must.some(anywhere)) return undefined;
  if (rule.mustAlso.length > 0 && !rule.mustAlso.some(anywhere)) return undefined;
  const found: Array<{ pattern: PhrasePattern; where: 'title' | 'abstract'; count: number; first: Match; points: number }> = [];
  for (const [pattern, points] of rule.title) {
    const { count: times, first } = count(pattern, 'title');
    if (first) found.push({ pattern, where: 'title', count: times, first, points });
  }
  for (const [pattern, points] of rule.abstract) {
    const { count: all, first } = count(pattern, 'abstract');
    const times = Math.min(all, ABSTRACT_REPEATS);
    if (first) found.push({ pattern, where: 'abstract', count: times, first, points: points * times });
  }
  let score = found.reduce((sum, item) => sum + item.points, 0);
  const floor = rule.threshold - BORDERLINE_MARGIN;
  const contrasts: Evidence[] = [];
  // Reading sentences costs more than matching phrases: skip it when even the most claims could not
  // bring the paper near the bar.
  if (rule.contrast && score + rule.contrast.points * (1.5 * ABSTRACT_REPEATS + 1) >= floor) {
    const claims = rule.contrast.reader.contrasts(paper, texts);
    const counted = [...claims.filter((item) => item.where === 'title').slice(0, 1), ...claims.filter((item) => item.where === 'abstract').slice(-ABSTRACT_REPEATS)];
    for (const item of counted) {
      // Abstracts open with the field's context and close with findings: a relation stated late is the paper's own point.
      const points = item.where === 'title' ? rule.contrast.points : rule.contrast.points * (0.5 + item.position);
      contrasts.push({ phrase: item.claim, text: item.claim, where: item.where, count: 1, points });
      score += points;
    }
  }
  if (score < floor) return undefined;
  const evidence: Evidence[] = [
    ...found.map(({ pattern, where, count: times, first, points }) => ({ phrase: pattern.phrase, text: quote(texts[where], first), where, count: times, points })),
    ...contrasts,
  ];
  evidence.sort((a, b) => b.points - a.points || (a.where === b.where ? 0 : a.where === 'title' ? -1 : 1));
  return { score, evidence };
}

function checkTopics(topics: readonly Topic[]): void {
  const ids = new Set<string>();
  const problems: Message[] = [];
  for (const topic of topics) {
    if (ids.has(topic.id)) problems.push({ file: `content/topics/${topic.id}.md`, reason: `topic id "${topic.id}" is defined twice.` });
    ids.add(topic.id);
  }
  const catchAlls = topics.filter((topic) => topic.catchAll).map((topic) => `content/topics/${topic.id}.md`);
  if (catchAlls.length > 1) problems.push({ file: catchAlls.join(', '), reason: 'only one topic may set catchAll: true.' });
  if (problems.length) throw new TopicReferenceError(problems);
}

/** Check the hand-made overrides of every paper; throws one error listing every unknown or contradictory id. */
function checkOverrides(papers: readonly Paper[], known: ReadonlySet<string>, fileOf: (paper: Paper) => string): void {
  const problems: Message[] = [];
  const list = [...known].join(', ');
  for (const paper of papers) {
    for (const [field, ids] of [['topics', paper.curatedTopics], ['excludeTopics', paper.excludedTopics]] as const) {
      for (const id of ids) {
        if (known.has(id)) continue;
        const hint = didYouMean(id, known);
        problems.push({ file: fileOf(paper), reason: `unknown topic "${id}" in ${field}; known topics: ${list}.${hint}` });
      }
    }
    for (const id of paper.curatedTopics) {
      if (paper.excludedTopics.includes(id)) {
        problems.push({ file: fileOf(paper), reason: `topic "${id}" is in both topics and excludeTopics; keep it in one of them.` });
      }
    }
  }
  if (problems.length) throw new TopicReferenceError(problems);
}

/**
 * The checks deriveTopics starts with, alone: topic ids unique, at most one
 * catch-all, and every id a paper's `topics` or `excludeTopics` names known
 * (and in only one of them). For a caller that needs no memberships.
 *
 * @throws TopicReferenceError naming the paper file and the unknown topic id.
 */
export function checkTopicReferences(papers: readonly Paper[], topics: readonly Topic[], options: DeriveOptions = {}): void {
  checkTopics(topics);
  checkOverrides(papers, new Set<string>(topics.map((topic) => topic.id)), options.fileOf ?? ((paper: Paper) => `content/papers/${paper.slug}.mdx`));
}

/** What the rules decide for one paper alone: its topics (in topic order) and the topics it just misses. */
export interface PaperTopics {
  memberships: readonly Membership[];
  nearMisses: readonly NearMiss[];
}

/**
 * Score papers one at a time against every topic (the rules compiled on
 * the first paper), with the learned `model` when given (see
 * DeriveOptions). A paper's result depends on that paper, the topics and
 * the model only, so a caller may keep it between builds while none of
 * them changes (src/site/topic-cache.ts).
 */
export function topicScorer(topics: readonly Topic[], model?: TopicModel): (paper: Paper) => PaperTopics {
  let rules: CompiledRule[] | undefined;
  const catchAll = topics.find((topic) => topic.catchAll);
  const order = new Map<string, number>(topics.map((topic, index) => [topic.id, index]));
  return (paper) => {
    rules ??= compileRules(topics);
    const texts = indexPaper(paper);
    const count = paperCounter(texts);
    const memberships: Membership[] = [];
    const nearMisses: NearMiss[] = [];
    for (const rule of rules) {
      const id = rule.topic.id;
      const curated = paper.curatedTopics.includes(id);
      if (paper.excludedTopics.includes(id)) continue;
      const scored = scorePaper(rule, paper, texts, count);
      const passes = scored !== undefined && scored.score >= rule.threshold;
      const { adds, removes } = rule.learned;
      // The model is asked only where it could change the outcome: a contributor's `topics:` and a `mustNot` phrase stand.
      const probability = curated || barred(rule, count) || (passes && removes === 0) ? undefined : model?.probability(texts, id);
      if (passes && probability !== undefined && probability < removes) {
        nearMisses.push({ paper: paper.slug, topic: id, score: scored.score, threshold: rule.threshold, evidence: scored.evidence, learned: { probability } });
      } else if (!passes && probability !== undefined && probability >= adds) {
        const learned = { probability, words: model!.words(texts, id) };
        memberships.push({ paper: paper.slug, topic: id, score: scored?.score ?? 0, curated, borderline: true, evidence: scored?.evidence ?? [], learned });
      } else if (passes || curated) {
        const borderline = !curated && passes && scored.score < rule.threshold + BORDERLINE_MARGIN;
        memberships.push({ paper: paper.slug, topic: id, score: scored?.score ?? 0, curated, borderline, evidence: scored?.evidence ?? [] });
      } else if (scored) {
        nearMisses.push({ paper: paper.slug, topic: id, score: scored.score, threshold: rule.threshold, evidence: scored.evidence });
      }
    }
    if (catchAll && !paper.excludedTopics.includes(catchAll.id)) {
      const curated = paper.curatedTopics.includes(catchAll.id);
      if (curated || memberships.length === 0) {
        memberships.push({ paper: paper.slug, topic: catchAll.id, score: 0, curated, borderline: false, evidence: [] });
      }
    }
    memberships.sort((a, b) => order.get(a.topic)! - order.get(b.topic)!);
    return { memberships, nearMisses };
  };
}

/**
 * Which papers belong to which topics, with the score and the evidence for
 * each. Pure and deterministic: the same papers and topics always give the
 * same result, in the same order. Cost is linear in papers × distinct rule
 * phrases; nothing compares papers with each other.
 *
 * Order of decisions for each paper: the rules of every topic; then the
 * paper's `excludeTopics` remove and its `topics` add (shown as curated);
 * last, a paper left with no topic goes to the catch-all topic, if any.
 *
 * `scoreOf` gives each paper's own result ({@link topicScorer} by default;
 * the site passes one that reuses the results of the last build).
 *
 * @throws TopicReferenceError naming the paper file and the unknown topic id.
 */
export function deriveTopics(
  papers: readonly Paper[],
  topics: readonly Topic[],
  options: DeriveOptions = {},
  scoreOf: (paper: Paper) => PaperTopics = topicScorer(topics, options.model),
): TopicMembership {
  checkTopicReferences(papers, topics, options);
  const byTopic = new Map<TopicId, Membership[]>(topics.map((topic) => [topic.id, []]));
  const byPaper = new Map<PaperSlug, Membership[]>();
  const nearMisses: NearMiss[] = [];

  for (const paper of papers) {
    const scored = scoreOf(paper);
    const memberships = [...scored.memberships];
    nearMisses.push(...scored.nearMisses);
    byPaper.set(paper.slug, memberships);
    for (const membership of memberships) byTopic.get(membership.topic)!.push(membership);
  }
  for (const members of byTopic.values()) {
    // Stable sort keeps input (seed) order among equals.
    members.sort((a, b) => Number(b.curated) - Number(a.curated) || b.score - a.score);
  }
  return { byTopic, byPaper, nearMisses };
}
