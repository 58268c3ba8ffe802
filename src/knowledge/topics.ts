import { didYouMean } from '../util/did-you-mean.ts';
import type { PaperSlug, TopicId } from '../util/ids.ts';
import { MessageError, type Message } from '../util/message.ts';
import type { TopicData } from '../schemas/topic.ts';
import { createLeanReader, type LeanReader } from './lean.ts';
import type { Paper } from './paper.ts';
import { findMatches, indexText, phrasePattern, type PhrasePattern } from './phrase-pattern.ts';

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
  /** Matched phrases, strongest first; empty for curated-only and catch-all members. */
  evidence: readonly Evidence[];
}

/** Every topic's members and every paper's topics, derived once and shared by all pages. */
export interface TopicMembership {
  /** Per topic (in the order given), its papers: curated first, then best score, then input order. */
  byTopic: ReadonlyMap<TopicId, readonly Membership[]>;
  /** Per paper, its memberships in topic order. */
  byPaper: ReadonlyMap<PaperSlug, readonly Membership[]>;
}

export interface DeriveOptions {
  /** The file a paper came from, for error messages. Default `content/papers/<slug>.mdx`. */
  fileOf?: (paper: Paper) => string;
}

/** A phrase in the abstract counts once per occurrence, at most this often: repetition shows focus, up to a point. */
export const ABSTRACT_REPEATS = 3;

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
  mustNot: PhrasePattern[];
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
      title: Object.entries(rules.title).map(([phrase, points]) => [pattern(phrase), points]),
      abstract: Object.entries(rules.abstract).map(([phrase, points]) => [pattern(phrase), points]),
      must: rules.must.map(pattern),
      mustNot: rules.mustNot.map(pattern),
      ...(rules.contrast !== undefined && topic.lean ? { contrast: { points: rules.contrast, reader: createLeanReader(topic.lean) } } : {}),
    });
  }
  return compiled;
}

interface Found {
  count: number;
  /** The first occurrence's words. */
  text: string;
}

const NOT_FOUND: Found = { count: 0, text: '' };

/** Occurrences per phrase for one paper, each phrase searched at most once per field. */
function paperCounter(paper: Paper): (pattern: PhrasePattern, where: 'title' | 'abstract') => Found {
  const texts = { title: indexText(paper.title), abstract: indexText(paper.abstract) };
  const cache = { title: new Map<PhrasePattern, Found>(), abstract: new Map<PhrasePattern, Found>() };
  return (pattern, where) => {
    let found = cache[where].get(pattern);
    if (found === undefined) {
      const matches = findMatches(pattern, texts[where]);
      found = matches.length ? { count: matches.length, text: matches[0]!.text } : NOT_FOUND;
      cache[where].set(pattern, found);
    }
    return found;
  };
}

/** Score one paper against one topic's rules; undefined when it does not qualify. */
function scorePaper(rule: CompiledRule, paper: Paper, count: ReturnType<typeof paperCounter>): { score: number; evidence: Evidence[] } | undefined {
  const anywhere = (pattern: PhrasePattern): boolean => count(pattern, 'title').count > 0 || count(pattern, 'abstract').count > 0;
  if (rule.mustNot.some(anywhere)) return undefined;
  if (rule.must.length > 0 && !rule.must.some(anywhere)) return undefined;
  const evidence: Evidence[] = [];
  for (const [pattern, points] of rule.title) {
    const found = count(pattern, 'title');
    if (found.count > 0) evidence.push({ phrase: pattern.phrase, text: found.text, where: 'title', count: found.count, points });
  }
  for (const [pattern, points] of rule.abstract) {
    const found = count(pattern, 'abstract');
    const times = Math.min(found.count, ABSTRACT_REPEATS);
    if (times > 0) evidence.push({ phrase: pattern.phrase, text: found.text, where: 'abstract', count: times, points: points * times });
  }
  let score = evidence.reduce((sum, item) => sum + item.points, 0);
  // Reading sentences costs more than matching phrases: skip it when even the most claims could not
  // reach the bar (such a paper is not a member either way).
  if (rule.contrast && score + rule.contrast.points * (ABSTRACT_REPEATS + 1) >= rule.threshold) {
    const contrasts = rule.contrast.reader.contrasts(paper);
    const counted = [...contrasts.filter((item) => item.where === 'title').slice(0, 1), ...contrasts.filter((item) => item.where === 'abstract').slice(0, ABSTRACT_REPEATS)];
    for (const item of counted) {
      evidence.push({ phrase: item.claim, text: item.claim, where: item.where, count: 1, points: rule.contrast.points });
      score += rule.contrast.points;
    }
  }
  if (score < rule.threshold) return undefined;
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
 * Which papers belong to which topics, with the score and the evidence for
 * each. Pure and deterministic: the same papers and topics always give the
 * same result, in the same order. Cost is linear in papers × distinct rule
 * phrases; nothing compares papers with each other.
 *
 * Order of decisions for each paper: the rules of every topic; then the
 * paper's `excludeTopics` remove and its `topics` add (shown as curated);
 * last, a paper left with no topic goes to the catch-all topic, if any.
 *
 * @throws TopicReferenceError naming the paper file and the unknown topic id.
 */
export function deriveTopics(papers: readonly Paper[], topics: readonly Topic[], options: DeriveOptions = {}): TopicMembership {
  const fileOf = options.fileOf ?? ((paper: Paper) => `content/papers/${paper.slug}.mdx`);
  checkTopics(topics);
  const known = new Set<string>(topics.map((topic) => topic.id));
  checkOverrides(papers, known, fileOf);
  const rules = compileRules(topics);
  const catchAll = topics.find((topic) => topic.catchAll);
  const byTopic = new Map<TopicId, Membership[]>(topics.map((topic) => [topic.id, []]));
  const byPaper = new Map<PaperSlug, Membership[]>();
  const order = new Map<string, number>(topics.map((topic, index) => [topic.id, index]));

  for (const paper of papers) {
    const count = paperCounter(paper);
    const memberships: Membership[] = [];
    for (const rule of rules) {
      const id = rule.topic.id;
      const curated = paper.curatedTopics.includes(id);
      if (paper.excludedTopics.includes(id)) continue;
      const matched = scorePaper(rule, paper, count);
      if (matched || curated) {
        memberships.push({ paper: paper.slug, topic: id, score: matched?.score ?? 0, curated, evidence: matched?.evidence ?? [] });
      }
    }
    if (catchAll && !paper.excludedTopics.includes(catchAll.id)) {
      const curated = paper.curatedTopics.includes(catchAll.id);
      if (curated || memberships.length === 0) {
        memberships.push({ paper: paper.slug, topic: catchAll.id, score: 0, curated, evidence: [] });
      }
    }
    memberships.sort((a, b) => order.get(a.topic)! - order.get(b.topic)!);
    byPaper.set(paper.slug, memberships);
    for (const membership of memberships) byTopic.get(membership.topic)!.push(membership);
  }
  for (const members of byTopic.values()) {
    // Stable sort keeps input (seed) order among equals.
    members.sort((a, b) => Number(b.curated) - Number(a.curated) || b.score - a.score);
  }
  return { byTopic, byPaper };
}
