import { phraseOf, type LeanRules } from '../schemas/topic.ts';
import type { Paper } from './paper.ts';
import { findMatches, phrasePattern, quote, type Match, type PhrasePattern } from './phrase-pattern.ts';
import { sentencesOf } from './sentences.ts';
import { indexPaper, tokenAt, type IndexedText, type PaperText } from './tokens.ts';

/** Which way a paper leans between the two sides of a comparison topic. */
export type LeanKind = 'ahead' | 'hybrid' | 'neutral' | 'unclear';

export interface Lean {
  kind: LeanKind;
  /** For `ahead`: the side ahead, by its name in the rules ("diffusion"). */
  side?: string;
  /** "diffusion ahead", "hybrid or bridge", "neutral comparison", "unclear". */
  label: string;
  /** The sentence of the abstract that supports it (never the title alone); absent when unclear. */
  sentence?: string;
  /** The cue phrase found in that sentence. */
  cue?: string;
}

type CueKind = 'ahead' | 'behind' | 'hybrid' | 'neutral';

interface Cue {
  kind: CueKind;
  /** Token index of the cue's first word. */
  at: number;
  phrase: string;
  /** The cue's words as the paper has them ("outperforms"). */
  words: string;
}

/** What one sentence names: token indexes of each side's mentions, and its cues. */
interface SentenceFacts {
  sides: number[][];
  cues: Cue[];
  /** Side mentions hyphen-joined to the other side's, naming one hybrid model ("AR-Diffusion"). */
  hybridNames: Set<number>;
}

/** What a sentence says about the two sides. */
interface Reading {
  /** `ahead:<side index>`, `hybrid` or `neutral`. */
  outcome: string;
  /** 2 when the sentence names both sides, or combines them; 1 otherwise. */
  strength: number;
  /** The cue phrase of the rules. */
  cue: string;
  /** The relation in words: "autoregressive outperforms diffusion", "combines: autoregressive and diffusion". */
  words: string;
}

interface Vote {
  outcome: string;
  weight: number;
  where: 'title' | 'abstract';
  /** Index of the sentence in its field. */
  sentence: number;
  cue: string;
}

/** A sentence that relates the two sides: one ahead of the other, the two combined, or compared. */
export interface Contrast {
  where: 'title' | 'abstract';
  /** Where the sentence is in the abstract, from 0 (first) towards 1 (last); 1 for the title. */
  position: number;
  /** The relation in words: "autoregressive outperforms diffusion", "combines autoregressive and diffusion". */
  claim: string;
  sentence: string;
}

/** Compiled lean rules: build once per topic, apply to each of its papers. */
export interface LeanReader {
  /** Which way the paper leans, with the deciding sentence of its abstract. `text` reuses an index already built. */
  read(paper: Paper, text?: PaperText): Lean;
  /**
   * Sentences that relate the two sides: a claim that one is ahead ("AR
   * models surpass diffusion transformers"), or, naming both, a cue of
   * combining or comparing them ("combines autoregressive modelling with
   * discrete diffusion"). The abstract's first sentence is skipped: it
   * usually states the field's context, not the paper's point.
   */
  contrasts(paper: Paper, text?: PaperText): Contrast[];
}

/** An acronym defined in parentheses: "(MDMs)", "(VQ-VAE)". */
const DEFINED_ACRONYM = /\(([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\)/g;
const NO_SIDES: ReadonlySet<number> = new Set();
/** How many words from a cue of combining or comparing each side must be named, for the cue to relate them. */
const RELATION_REACH = 15;
/** How many words before "(ACRONYM)" may name the side it stands for. */
const DEFINITION_REACH = 8;
/**
 * A generic name ("language model") at most this many words after the other side's phrase, with no cue
 * between, is that side's model ("diffusion-based large language model"); "language model beats diffusion" is not.
 */
const GENERIC_REACH = 3;
/** Words that make a generic name the other side's model when that side follows them ("language models based on diffusion"). */
const BASED_ON = new Set(['based on', 'built on']);

/** Create a reader for one comparison topic's lean rules. */
export function createLeanReader(rules: LeanRules): LeanReader {
  const sideNames = rules.sides.map((side) => side.name);
  const sides = rules.sides.map((side) => side.phrases.map((item) => phrasePattern(phraseOf(item))));
  const generics = rules.sides.map((side) => side.generic.map((item) => phrasePattern(phraseOf(item))));
  const cues = (['ahead', 'behind', 'hybrid', 'neutral'] as const).flatMap((kind) => rules[kind].map((item) => ({ kind, pattern: phrasePattern(phraseOf(item)) })));

  /**
   * Acronyms the abstract defines for a side: "Masked diffusion models (MDMs)"
   * makes "MDM" a diffusion mention everywhere in the paper.
   */
  function definedAcronyms(abstract: IndexedText): PhrasePattern[][] {
    const found: PhrasePattern[][] = sides.map(() => []);
    const mentions = sides.map((patterns) => patterns.flatMap((pattern) => findMatches(pattern, abstract).map((match) => match.last)));
    for (const match of abstract.text.matchAll(DEFINED_ACRONYM)) {
      const acronym = match[1]!.replace(/(?<=[A-Z0-9])s$/, '');
      if ((acronym.match(/[A-Z]/g) ?? []).length < 2) continue;
      const at = tokenAt(abstract, match.index + 1);
      if (at < 0) continue;
      mentions.forEach((ends, side) => {
        if (ends.some((end) => end < at && end >= at - DEFINITION_REACH && abstract.tokens[end]!.sentence === abstract.tokens[at]!.sentence)) {
          found[side]!.push(phrasePattern(acronym));
        }
      });
    }
    return found;
  }

  /** Side mentions and cues of each sentence of a field, by sentence index. */
  function facts(text: IndexedText, extra: PhrasePattern[][]): Map<number, SentenceFacts> {
    const bySentence = new Map<number, SentenceFacts>();
    const at = (token: number): SentenceFacts => {
      const sentence = text.tokens[token]!.sentence;
      let entry = bySentence.get(sentence);
      if (!entry) bySentence.set(sentence, (entry = { sides: sides.map(() => []), cues: [], hybridNames: new Set() }));
      return entry;
    };
    const sentenceOf = (token: number): number => text.tokens[token]!.sentence;
    const named = sides.map((patterns, side) => [...patterns, ...extra[side]!].flatMap((pattern) => findMatches(pattern, text)));
    const found = cues.flatMap(({ kind, pattern }) => findMatches(pattern, text).map((match) => ({ kind, pattern, match })));
    // Looked up by token, so each mention is checked against its few neighbours: linear in the text.
    const starts = named.map((matches) => new Set(matches.map((match) => match.first)));
    const ends = named.map((matches) => new Set(matches.map((match) => match.last)));
    const cueAt = new Set(found.map((cue) => cue.match.first));
    /** Whether a generic name at `match` is the other side's model, or names a task rather than a model. */
    const notOwn = (match: Match, other: number): boolean => {
      // "language modeling benchmarks" name the task.
      if (text.tokens[match.last]!.lower.endsWith('ing')) return true;
      const after = text.tokens.slice(match.last + 1, match.last + 3).map((token) => token.lower).join(' ');
      if (BASED_ON.has(after) && starts[other]!.has(match.last + 3) && sentenceOf(match.last + 3) === sentenceOf(match.first)) return true;
      for (let end = match.first - 1; end >= Math.max(0, match.first - GENERIC_REACH) && sentenceOf(end) === sentenceOf(match.first); end--) {
        if (cueAt.has(end)) return false;
        if (ends[other]!.has(end)) return true;
      }
      return false;
    };
    const generic = generics.map((patterns, side) => patterns.flatMap((pattern) => findMatches(pattern, text)).filter((match) => !notOwn(match, 1 - side)));
    named.forEach((matches, side) => {
      for (const match of [...matches, ...generic[side]!]) at(match.first).sides[side]!.push(match.first);
    });
    // Two sides joined by a hyphen name one model ("AR-Diffusion"): a hybrid, not a subject of either side.
    named.forEach((matches, side) => {
      for (const match of matches) {
        const next = text.tokens[match.last + 1];
        const joined = (next?.hyphenBefore && starts[1 - side]!.has(match.last + 1)) || (text.tokens[match.first]!.hyphenBefore && ends[1 - side]!.has(match.first - 1));
        if (joined) at(match.first).hybridNames.add(match.first);
      }
    });
    for (const { kind, pattern, match } of found) {
      const entry = bySentence.get(sentenceOf(match.first));
      // A sentence naming no side is never read, so its cues need no entry.
      if (entry) entry.cues.push({ kind, at: match.first, phrase: pattern.phrase, words: quote(text, match) });
    }
    return bySentence;
  }

  /** The side mentioned closest before a cue (its subject), if any. */
  function nearest(found: readonly number[][], at: number): number | undefined {
    let best: number | undefined;
    let distance = Infinity;
    found.forEach((positions, side) => {
      for (const position of positions) {
        const gap = at - position;
        if (gap > 0 && gap < distance) [best, distance] = [side, gap];
      }
    });
    return best;
  }

  /**
   * What one sentence says about the two sides, if anything. A claim that one is ahead comes first:
   * "S cue O" with S and O on different sides; "S cue" in a sentence that names the other side elsewhere
   * ("we try both autoregressive and diffusion priors, finding the diffusion prior more efficient"); or
   * "<the paper's model> cue O" with O the only side named after the cue, up to the next cue ("It clearly
   * outperforms autoregressive models"; not "outperforms autoregressive and diffusion baselines", and not
   * "AR models are superior to discrete ones", where the other side is not named). A side named just after
   * a cue of comparing or ranking is never the subject, nor is a hyphenated name of both ("AR-Diffusion").
   * `own` is the family of the paper's model (ownSides): its model beating that family ranks nothing, and
   * the other side alone behind is a claim for it. Else, with both sides
   * named near it, a cue of combining or comparing them. A title naming both sides and claiming neither
   * ahead describes a combination ("Autoregressive Video Diffusion Models").
   */
  function readSentence(sentence: SentenceFacts, title: boolean, own: ReadonlySet<number> = NO_SIDES): Reading | undefined {
    const named = sentence.sides.filter((positions) => positions.length > 0).length;
    const cues = [...sentence.cues].sort((a, b) => a.at - b.at);
    // A side named right after a cue of comparing or ranking is what the subject is measured against
    // ("compared to diffusion models, Muse is more efficient"; "outperforms autoregressive GPT-2 and far
    // surpasses diffusion baselines"), never the subject of a later cue.
    const compared = (at: number): boolean => cues.some((cue) => cue.at < at && cue.kind !== 'hybrid');
    const subjects = sentence.sides.map((positions) => positions.filter((at) => !compared(at) && !sentence.hybridNames.has(at)));
    for (const [index, cue] of cues.entries()) {
      if (cue.kind !== 'ahead' && cue.kind !== 'behind') continue;
      const subject = nearest(subjects, cue.at);
      let winner: number | undefined;
      if (subject !== undefined) {
        if (named === 2) winner = cue.kind === 'ahead' ? subject : 1 - subject;
        // The other family's weakness, in a paper whose title names only its own side, is that paper's case
        // for its side ("codec language models ... suffer from word skipping" in a diffusion TTS paper).
        else if (cue.kind === 'behind' && own.size === 1 && !own.has(subject)) winner = 1 - subject;
      } else {
        const until = cues.slice(index + 1).find((next) => next.at > cue.at)?.at ?? Infinity;
        const objects = sentence.sides.flatMap((positions, side) => (positions.some((at) => at > cue.at && at < until) ? [side] : []));
        // The paper's model against its own family ("outperforms earlier diffusion language models" in a
        // diffusion paper; either side in a hybrid's) ranks nothing between the two.
        if (objects.length === 1 && !own.has(objects[0]!)) winner = cue.kind === 'ahead' ? 1 - objects[0]! : objects[0]!;
      }
      if (winner === undefined) continue;
      if (subject !== undefined && named === 1) return { outcome: `ahead:${winner}`, strength: 1, cue: cue.phrase, words: `${sideNames[subject]} ${cue.words}, for ${sideNames[winner]}` };
      const words = cue.kind === 'ahead' ? `${sideNames[winner]} ${cue.words} ${sideNames[1 - winner]}` : `${sideNames[1 - winner]} ${cue.words} ${sideNames[winner]}`;
      return { outcome: `ahead:${winner}`, strength: named === 2 ? 2 : 1, cue: cue.phrase, words };
    }
    const order = sentence.sides.map((positions, side) => [positions[0] ?? Infinity, side] as const).sort((a, b) => a[0] - b[0]);
    const both = `${sideNames[order[0]![1]]} and ${sideNames[order[1]![1]]}`;
    if (named === 2) {
      // A cue of combining or comparing speaks of the two sides only when both are named near it.
      const near = (cue: Cue): boolean => sentence.sides.every((positions) => positions.some((at) => Math.abs(at - cue.at) <= RELATION_REACH));
      const hybrid = cues.find((cue) => cue.kind === 'hybrid' && near(cue));
      if (hybrid) return { outcome: 'hybrid', strength: 2, cue: hybrid.phrase, words: `${hybrid.words}: ${both}` };
      const neutral = cues.find((cue) => cue.kind === 'neutral' && near(cue));
      if (neutral) return { outcome: 'neutral', strength: 1, cue: neutral.phrase, words: `${neutral.words}: ${both}` };
      if (title) return { outcome: 'hybrid', strength: 1, cue: 'both named in the title', words: `${both} in one title` };
      return undefined;
    }
    return undefined;
  }

  /** A question in the title claims nothing. */
  const asks = (paper: Paper): boolean => paper.title.trim().endsWith('?');

  /**
   * The family of the paper's own model: the sides its title names (both for a hybrid), or the side a
   * title claims ahead ("Autoregressive Model Beats Diffusion" is an autoregressive paper).
   */
  function ownSides(title: Map<number, SentenceFacts>): Set<number> {
    const own = new Set<number>();
    for (const sentence of title.values()) {
      const reading = readSentence(sentence, true);
      if (reading?.outcome.startsWith('ahead:')) own.add(Number(reading.outcome.slice('ahead:'.length)));
      else sentence.sides.forEach((positions, side) => positions.length > 0 && own.add(side));
    }
    return own;
  }

  return {
    contrasts(paper, text = indexPaper(paper)) {
      const extra = definedAcronyms(text.abstract);
      const found: Contrast[] = [];
      if (!asks(paper)) {
        // The title is read as a sentence here: naming both sides in it is counted by the topic's title phrases.
        for (const sentence of facts(text.title, extra).values()) {
          const reading = readSentence(sentence, false);
          if (reading) {
            found.push({ where: 'title', position: 1, claim: reading.words, sentence: paper.title });
            break;
          }
        }
      }
      const sentences = sentencesOf(text.abstract);
      const own = ownSides(facts(text.title, extra));
      for (const [index, sentence] of [...facts(text.abstract, extra)].sort((a, b) => a[0] - b[0])) {
        if (index === 0) continue;
        const reading = readSentence(sentence, false, own);
        if (reading) found.push({ where: 'abstract', position: index / sentences.length, claim: reading.words, sentence: sentences[index]!.text });
      }
      return found;
    },
    read(paper, text = indexPaper(paper)) {
      const extra = definedAcronyms(text.abstract);
      const votes: Vote[] = [];
      const vote = (reading: Reading | undefined, weight: number, where: Vote['where'], sentence: number): void => {
        if (reading) votes.push({ outcome: reading.outcome, weight: weight * reading.strength, where, sentence, cue: reading.cue });
      };
      // A statement in the title counts double.
      if (!asks(paper)) for (const [index, sentence] of facts(text.title, extra)) vote(readSentence(sentence, true), 2, 'title', index);
      const count = text.abstract.sentences.length;
      const abstract = [...facts(text.abstract, extra)].sort((a, b) => a[0] - b[0]);
      // Later sentences weigh more: abstracts open with background (the first sentence least) and close with findings.
      const titleSides = ownSides(facts(text.title, extra));
      for (const [index, sentence] of abstract) vote(readSentence(sentence, false, titleSides), index === 0 ? 0.5 : 1 + index / count, 'abstract', index);
      const sentences = sentencesOf(text.abstract);
      const naming = (side: number): number[] => abstract.filter(([, sentence]) => sentence.sides[side]!.length > 0).map(([index]) => index);
      const namingBoth = naming(0).filter((index) => naming(1).includes(index));
      const decide = (counted: readonly Vote[]): Lean | undefined => {
        const totals = new Map<string, number>();
        for (const vote of counted) totals.set(vote.outcome, (totals.get(vote.outcome) ?? 0) + vote.weight);
        const [first, second] = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        if (!first || (second && second[1] === first[1])) return undefined;
        // The supporting sentence is always one of the abstract: a title alone is a claim, not its evidence. A
        // combination the title names is supported by the last sentence of the abstract naming both sides.
        const best = counted.filter((vote) => vote.outcome === first[0] && vote.where === 'abstract').sort((a, b) => b.weight - a.weight)[0];
        const support = best ?? (first[0].startsWith('ahead:') ? undefined : { sentence: namingBoth.at(-1), cue: counted.find((vote) => vote.outcome === first[0])!.cue });
        if (support?.sentence === undefined) return undefined;
        const evidence = { sentence: sentences[support.sentence]!.text, cue: support.cue };
        if (first[0] === 'hybrid') return { kind: 'hybrid', label: 'hybrid or bridge', ...evidence };
        if (first[0] === 'neutral') return { kind: 'neutral', label: 'neutral comparison', ...evidence };
        const side = sideNames[Number(first[0].slice('ahead:'.length))]!;
        return { kind: 'ahead', side, label: `${side} ahead`, ...evidence };
      };
      // When the title's side has no sentence of the abstract behind it, the abstract alone decides.
      const decided = decide(votes) ?? decide(votes.filter((vote) => vote.where === 'abstract'));
      if (decided) return decided;
      // A paper titled for one side whose abstract keeps returning to a side that can work inside it (`inside:
      // true`), without ranking them, uses it in its own model: an autoregressive model with a diffusion head.
      const titled = [...facts(text.title, extra).values()].map((sentence) => sentence.sides.map((positions) => positions.length > 0));
      const own = titled.length === 1 && titled[0]!.filter(Boolean).length === 1 ? titled[0]!.indexOf(true) : -1;
      const part = 1 - own;
      const returns = own >= 0 && rules.sides[part]!.inside ? naming(part).filter((index) => index > 0) : [];
      if (returns.length >= 2) {
        return { kind: 'hybrid', label: 'hybrid or bridge', sentence: sentences[returns.at(-1)!]!.text, cue: `${sideNames[part]} inside an ${sideNames[own]} model` };
      }
      return { kind: 'unclear', label: 'unclear' };
    },
  };
}
