import type { LeanRules } from '../schemas/topic.ts';
import type { Paper } from './paper.ts';
import { indexText, matchOffsets, phrasePattern, type IndexedText, type PhrasePattern } from './phrase-pattern.ts';
import { splitSentences } from './sentences.ts';

/** Which way a paper leans between the two sides of a comparison topic. */
export type LeanKind = 'ahead' | 'hybrid' | 'neutral' | 'unclear';

export interface Lean {
  kind: LeanKind;
  /** For `ahead`: the side ahead, by its name in the rules ("diffusion"). */
  side?: string;
  /** "diffusion ahead", "hybrid or bridge", "neutral comparison", "unclear". */
  label: string;
  /** The sentence that decided it (the title counts as a sentence); absent when unclear. */
  sentence?: string;
  /** The cue phrase found in that sentence. */
  cue?: string;
}

interface Cue {
  kind: 'ahead' | 'behind' | 'hybrid' | 'neutral';
  offset: number;
  phrase: string;
}

interface Vote {
  outcome: string;
  weight: number;
  sentence: string;
  cue: string;
}

/** A sentence that pits one side against the other: "autoregressive surpass diffusion". */
export interface Contrast {
  where: 'title' | 'abstract';
  /** The claim in words: subject side, cue, object side (`*` dropped). */
  claim: string;
  sentence: string;
}

/** Compiled lean rules: build once per topic, apply to each of its papers. */
export interface LeanReader {
  /** Which way the paper leans, with the deciding sentence. */
  read(paper: Paper): Lean;
  /**
   * Sentences where one side is the subject and the other the object of a
   * cue ("AR models surpass diffusion transformers"). The abstract's first
   * sentence is skipped: it usually states the field's context, not the
   * paper's claim.
   */
  contrasts(paper: Paper): Contrast[];
}

/**
 * Acronyms the abstract defines for a side: "Masked diffusion models (MDMs)"
 * makes "MDM" a diffusion mention in the rest of the abstract. Checks the few
 * words before each parenthesized acronym for a side phrase.
 */
function sideAcronyms(text: IndexedText, sides: readonly PhrasePattern[][]): PhrasePattern[][] {
  const found: PhrasePattern[][] = sides.map(() => []);
  for (const match of text.text.matchAll(/\(([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\)/g)) {
    const acronym = match[1]!.replace(/(?<=[A-Z0-9])s$/, '');
    if ((acronym.match(/[A-Z]/g) ?? []).length < 2) continue;
    const before = indexText(text.text.slice(Math.max(0, match.index - 80), match.index));
    sides.forEach((patterns, side) => {
      if (patterns.some((pattern) => matchOffsets(pattern, before).length > 0)) found[side]!.push(phrasePattern(acronym));
    });
  }
  return found;
}

/** Create a reader for one comparison topic's lean rules. */
export function createLeanReader(rules: LeanRules): LeanReader {
  const sideNames = rules.sides.map((side) => side.name);
  const sides = rules.sides.map((side) => side.phrases.map(phrasePattern));
  const cues = (['ahead', 'behind', 'hybrid', 'neutral'] as const).flatMap((kind) =>
    rules[kind].map((phrase) => ({ kind, pattern: phrasePattern(phrase) })),
  );

  /** Offsets of each side's mentions in a sentence. */
  const mentions = (sentence: IndexedText, extra: PhrasePattern[][]): number[][] =>
    sides.map((patterns, side) => [...patterns, ...extra[side]!].flatMap((pattern) => matchOffsets(pattern, sentence)));

  /** The side mentioned closest before (or after) an offset, if any. */
  const nearest = (found: number[][], offset: number, before: boolean): number | undefined => {
    let best: number | undefined;
    let distance = Infinity;
    found.forEach((offsets, side) => {
      for (const at of offsets) {
        const gap = before ? offset - at : at - offset;
        if (gap > 0 && gap < distance) [best, distance] = [side, gap];
      }
    });
    return best;
  };

  /** What one sentence says, as votes: a directional claim beats a hybrid cue, which beats a neutral one. */
  function judge(text: string, extra: PhrasePattern[][], weight: number): Vote[] {
    const sentence = indexText(text);
    const found = mentions(sentence, extra);
    const named = found.filter((offsets) => offsets.length > 0).length;
    if (named === 0) return [];
    const present: Cue[] = cues.flatMap(({ kind, pattern }) =>
      matchOffsets(pattern, sentence).map((offset) => ({ kind, offset, phrase: pattern.phrase })),
    );
    const votes: Vote[] = [];
    for (const cue of present.filter((item) => item.kind === 'ahead' || item.kind === 'behind')) {
      // "S beats O": S ahead. "S lags behind O": O ahead. With only one of them named, the other side wins.
      const subject = nearest(found, cue.offset, true);
      const object = nearest(found, cue.offset, false);
      let winner: number | undefined;
      if (subject !== undefined && subject !== object) winner = cue.kind === 'ahead' ? subject : 1 - subject;
      else if (object !== undefined) winner = cue.kind === 'ahead' ? 1 - object : object;
      if (winner !== undefined) votes.push({ outcome: `ahead:${winner}`, weight: weight * (named === 2 ? 2 : 1), sentence: text, cue: cue.phrase });
    }
    if (votes.length > 0 || named < 2) return votes;
    const hybrid = present.find((item) => item.kind === 'hybrid');
    if (hybrid) return [{ outcome: 'hybrid', weight: 2 * weight, sentence: text, cue: hybrid.phrase }];
    const neutral = present.find((item) => item.kind === 'neutral');
    if (neutral) return [{ outcome: 'neutral', weight, sentence: text, cue: neutral.phrase }];
    return [];
  }

  /** The first "S cue O" claim of a sentence with S and O on different sides, if any. */
  function claim(text: string, extra: PhrasePattern[][]): string | undefined {
    const sentence = indexText(text);
    const found = mentions(sentence, extra);
    if (found.some((offsets) => offsets.length === 0)) return undefined;
    for (const { kind, pattern } of cues) {
      if (kind !== 'ahead' && kind !== 'behind') continue;
      for (const offset of matchOffsets(pattern, sentence)) {
        const subject = nearest(found, offset, true);
        const object = nearest(found, offset, false);
        if (subject !== undefined && object !== undefined && subject !== object) {
          return `${sideNames[subject]} ${pattern.phrase.replace(/\*/g, '')} ${sideNames[object]}`;
        }
      }
    }
    return undefined;
  }

  return {
    contrasts(paper) {
      const extra = sideAcronyms(indexText(paper.abstract), sides);
      const found: Contrast[] = [];
      const title = claim(paper.title, extra);
      if (title && !paper.title.trim().endsWith('?')) found.push({ where: 'title', claim: title, sentence: paper.title });
      for (const sentence of splitSentences(paper.abstract).slice(1)) {
        const text = claim(sentence.text, extra);
        if (text) found.push({ where: 'abstract', claim: text, sentence: sentence.text });
      }
      return found;
    },
    read(paper) {
      const extra = sideAcronyms(indexText(paper.abstract), sides);
      const sentences = splitSentences(paper.abstract);
      const votes: Vote[] = [];
      // A question in the title claims nothing; a statement there counts double.
      if (!paper.title.trim().endsWith('?')) votes.push(...judge(paper.title, extra, 2));
      sentences.forEach((sentence, index) => {
        // Later sentences weigh more: abstracts open with background and close with findings.
        votes.push(...judge(sentence.text, extra, 1 + index / sentences.length));
      });
      const totals = new Map<string, number>();
      for (const vote of votes) totals.set(vote.outcome, (totals.get(vote.outcome) ?? 0) + vote.weight);
      const ranked = [...totals].sort((a, b) => b[1] - a[1]);
      const [first, second] = ranked;
      if (!first || (second && second[1] === first[1])) return { kind: 'unclear', label: 'unclear' };
      const best = votes.filter((vote) => vote.outcome === first[0]).sort((a, b) => b.weight - a.weight)[0]!;
      const evidence = { sentence: best.sentence, cue: best.cue };
      if (first[0] === 'hybrid') return { kind: 'hybrid', label: 'hybrid or bridge', ...evidence };
      if (first[0] === 'neutral') return { kind: 'neutral', label: 'neutral comparison', ...evidence };
      const side = sideNames[Number(first[0].slice('ahead:'.length))]!;
      return { kind: 'ahead', side, label: `${side} ahead`, ...evidence };
    },
  };
}
