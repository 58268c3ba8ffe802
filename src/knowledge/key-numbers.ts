import { isName, tokenize, type Token } from './number-tokens.ts';
import { splitSentences } from './sentences.ts';

/** What a key number measures. */
export type KeyNumberKind = 'speedup' | 'metric' | 'improvement' | 'scale';

/** How the abstract hedges a number ("up to 3.5 times faster"). */
export type Bound = 'up to' | 'over' | 'at least' | 'about' | 'nearly' | 'under';

/** A quantitative claim of an abstract, with the sentence that makes it. */
export interface KeyNumber {
  kind: KeyNumberKind;
  /** The number itself: 2.33 for "2.33×", 7000000000 for "7B parameters", 180000 for "180k hours". */
  value: number;
  /** The top of a range ("3 to 4 times faster": value 3, upper 4). */
  upper?: number;
  /**
   * `×` for a speed-up; the metric's name for a metric (`FID`, `BLEU@4`,
   * `RTF`; `% accuracy` when given in percent); `parameters`, `tokens`,
   * `hours` or `bytes` for scale; `%` or `points` for an improvement.
   */
  unit: string;
  /** The abstract's hedge, when it has one. */
  bound?: Bound;
  /** What the number is compared with, in the sentence's words ("FastSpeech", "4.19"), when it says so. */
  compared?: string;
  /** The sentence that states it, as written. */
  sentence: string;
  /** Where that sentence starts in the abstract. */
  sentenceStart: number;
}

/**
 * The key numbers of an abstract, in reading order: claimed speed-ups,
 * reported quality metrics, improvements and scale. Precision comes first:
 * a number is taken only when the words around it say what it is, so
 * version numbers, years, resolutions, citations and list numbering give
 * nothing, and neither does a difference between two scores ("by 0.25 FID").
 * Pure, and linear in the length of the abstract: each rule looks at a few
 * tokens around a number.
 */
export function extractKeyNumbers(abstract: string): KeyNumber[] {
  const found: KeyNumber[] = [];
  const seen = new Set<string>();
  for (const sentence of abstractSentences(abstract)) {
    for (const claim of readSentence(sentence.text)) {
      const { kind, value, upper, unit, bound, compared } = claim;
      // An abstract that repeats a number ("our 1.0B model" twice) lists it once, where it first says it.
      const key = [kind, value, upper, unit, bound].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        kind,
        value,
        ...(upper === undefined ? {} : { upper }),
        unit,
        ...(bound ? { bound } : {}),
        ...(compared ? { compared } : {}),
        sentence: sentence.text,
        sentenceStart: sentence.start,
      });
    }
  }
  return found;
}

const HEADLINE_ORDER: readonly KeyNumberKind[] = ['speedup', 'metric', 'improvement', 'scale'];

/** The number to show for a paper in a list: its first speed-up, else its first metric, improvement, then scale. */
export function headlineKeyNumber(numbers: readonly KeyNumber[]): KeyNumber | undefined {
  for (const kind of HEADLINE_ORDER) {
    const first = numbers.find((number) => number.kind === kind);
    if (first) return first;
  }
  return undefined;
}

/** Sentences of each paragraph (paragraphs are separated by a blank line), with offsets into the whole abstract. */
function abstractSentences(abstract: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  for (const paragraph of abstract.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    for (const sentence of splitSentences(paragraph[0])) sentences.push({ text: sentence.text, start: paragraph.index + sentence.start });
  }
  return sentences;
}

/** A key number before its sentence is attached, with where it stands among the sentence's tokens. */
interface Claim extends Omit<KeyNumber, 'sentence' | 'sentenceStart'> {
  /** First and last token of the words that state it ("over 11x inference speedup"). */
  first: number;
  last: number;
  /** Claims stated together ("1.75× and 1.76×", "7B and 13B scales") share what they are compared with. */
  group: number;
}

// ---------------------------------------------------------------------------
// Reading one sentence

type Tokens = readonly Token[];

const wordAt = (tokens: Tokens, index: number): string => (tokens[index]?.type === 'word' ? tokens[index]!.text.toLowerCase() : '');
const markAt = (tokens: Tokens, index: number, ...marks: string[]): boolean =>
  tokens[index]?.type === 'mark' && marks.includes(tokens[index]!.text);
/** A number that may be a key number. */
const numberAt = (tokens: Tokens, index: number): boolean => tokens[index]?.type === 'number' && !tokens[index]!.not;

function readSentence(text: string): Claim[] {
  const tokens = tokenize(text);
  const claims: Claim[] = [];
  const used = new Set<number>();
  let group = 0;
  const add = (claim: Omit<Claim, 'group' | 'bound'>, sameGroupAs?: Claim): void => {
    const bound = boundBefore(tokens, claim.first);
    claims.push({ ...claim, ...(bound ? { bound } : {}), group: sameGroupAs?.group ?? ++group });
  };
  for (let index = 0; index < tokens.length; index++) {
    if (used.has(index)) continue;
    const read = readSpeedup(tokens, index, claims) ?? readMetric(tokens, index) ?? readImprovement(tokens, index) ?? readScale(tokens, index);
    if (!read) continue;
    let previous: Claim | undefined;
    for (const item of read.claims) {
      add(item, read.inherits ?? previous);
      previous = claims.at(-1);
    }
    for (const at of read.uses) used.add(at);
  }
  attachCompared(tokens, claims, text);
  return claims.sort((a, b) => a.first - b.first);
}

interface Read {
  claims: Omit<Claim, 'group' | 'bound'>[];
  /** Token indices it consumed, so no other rule reads them again. */
  uses: number[];
  /** The earlier claim it continues ("... 11x ... and 16x on LLAMA"). */
  inherits?: Claim;
}

// ---------------------------------------------------------------------------
// Bounds: "up to", "over", "more than", "about", "at least", ...

function boundBefore(tokens: Tokens, first: number): Bound | undefined {
  let at = first - 1;
  if (wordAt(tokens, at) === 'a' || wordAt(tokens, at) === 'an') at--;
  const one = wordAt(tokens, at);
  const two = `${wordAt(tokens, at - 1)} ${one}`;
  if (two === 'up to') return 'up to';
  if (two === 'more than' || two === 'greater than') return 'over';
  if (two === 'at least') return 'at least';
  if (two === 'less than' || two === 'fewer than') return 'under';
  if (one === 'over' || one === 'above' || one === 'exceeding') return 'over';
  if (['about', 'approximately', 'around', 'roughly', 'approx'].includes(one) || markAt(tokens, at, '~', '≈')) return 'about';
  if (one === 'nearly' || one === 'almost') return 'nearly';
  return undefined;
}

// ---------------------------------------------------------------------------
// Speed-ups: "2.33× speed-up", "10x faster", "x7 faster", "3 to 4 times
// faster", "speeds up generation by 270x", "reduces computation time by a
// factor of 20", "computation time (1.5 times lower)".

const NUMBER_WORDS = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
    .map((word, index) => [word, index + 2] as const)
    .concat([['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100]]),
);
const SPEED_AFTER = /^(?:faster|quicker|speed-?ups?|accelerations?)$/;
const SPEED_BEFORE = /^(?:speed-?ups?|speeds?|accelerat\w*|faster)$/;
const TIME = /^(?:time|times|latency|latencies|runtime|run-time|wall-clock)$/;
const REDUCE = /^(?:reduc\w*|cut\w*|lower\w*|shorten\w*|decreas\w*)$/;
const LESS = /^(?:lower|less|shorter|smaller|reduction)$/;
/** Words that make "N×" something other than a speed: "10× FLOPs reduction", "16 times more", "2 times longer". */
const NOT_SPEED = /^(?:fewer|less|lower|more|smaller|larger|bigger|higher|longer|shorter|reductions?|compression|memory|flops|parameters|params|data|costs?|cheaper)$/;
/** What may follow a number that only repeats the kind of the one before it ("... and 16x on LLAMA"). */
const CONTINUES = /^(?:on|for|in|with|when|compared|over|than|as|respectively|and|at|under)$/;

interface Multiplier {
  value: number;
  /** Last token of the multiplier itself ("×", "times", "fold"). */
  end: number;
}

/** A multiplier at `index`: "2.33×", "2x", "x7", "3 times", "fifteen times", "3-fold", "a factor of 20". */
function multiplierAt(tokens: Tokens, index: number): Multiplier | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const wordValue = NUMBER_WORDS.get(wordAt(tokens, index));
  if (wordValue !== undefined) return wordAt(tokens, index + 1) === 'times' ? { value: wordValue, end: index + 1 } : undefined;
  if (!numberAt(tokens, index)) return undefined;
  const value = token.value!;
  if (token.timesBefore && token.suffix === '') return { value, end: index };
  if (/^[xX]$/.test(token.suffix!)) return { value, end: index };
  if (token.suffix !== '') return undefined;
  if (markAt(tokens, index + 1, '×')) return { value, end: index + 1 };
  if (wordAt(tokens, index + 1) === 'times') return { value, end: index + 1 };
  if (markAt(tokens, index + 1, '-') && wordAt(tokens, index + 2) === 'fold') return { value, end: index + 2 };
  if (wordAt(tokens, index + 1) === 'fold') return { value, end: index + 1 };
  if (wordAt(tokens, index - 2) === 'factor' && wordAt(tokens, index - 1) === 'of') return { value, end: index };
  return undefined;
}

/** The speed word within two words after `end` ("× training/inference speedup"), or -1. */
function speedWordAfter(tokens: Tokens, end: number): number {
  for (let at = end + 1; at <= end + 3; at++) {
    const word = wordAt(tokens, at);
    if (!word || NOT_SPEED.test(word)) return -1;
    if (SPEED_AFTER.test(word)) return at;
    if (word === 'speed' && wordAt(tokens, at + 1) === 'up') return at + 1;
  }
  return -1;
}

/** "speeds up X by N", "a speedup of N", "improves the speedup to N", "reduces the computation time by a factor of N". */
function speedWordBefore(tokens: Tokens, index: number): boolean {
  let at = index - 1;
  if (wordAt(tokens, at) === 'of' && wordAt(tokens, at - 1) === 'factor') at -= wordAt(tokens, at - 2) === 'a' ? 3 : 2;
  if (wordAt(tokens, at) === 'to' && wordAt(tokens, at - 1) === 'up') at -= 2;
  if (['about', 'approximately', 'around', 'roughly', 'nearly', 'over', 'a', 'an'].includes(wordAt(tokens, at))) at--;
  if (!['by', 'of', 'to'].includes(wordAt(tokens, at))) return false;
  let sawTime = false;
  for (let back = at - 1; back >= Math.max(0, at - 6); back--) {
    const word = wordAt(tokens, back);
    if (!word) return false;
    if (SPEED_BEFORE.test(word) && !sawTime) return true;
    if (TIME.test(word)) sawTime = true;
    else if (sawTime && REDUCE.test(word)) return true;
  }
  return false;
}

/** "time (1.5 times lower)", "2× lower latency". */
function lowerTime(tokens: Tokens, index: number, multiplier: Multiplier): number {
  if (!LESS.test(wordAt(tokens, multiplier.end + 1))) return -1;
  const before = markAt(tokens, index - 1, '(') ? index - 2 : index - 1;
  return TIME.test(wordAt(tokens, before)) || TIME.test(wordAt(tokens, multiplier.end + 2)) ? multiplier.end + 1 : -1;
}

function readSpeedup(tokens: Tokens, index: number, earlier: readonly Claim[]): Read | undefined {
  const multiplier = multiplierAt(tokens, index);
  if (!multiplier) return undefined;
  // "3 to 4 times faster", "2x to 5x", "3–4×": the number before is the bottom of the range.
  const lowAt = index - 2;
  const low = (wordAt(tokens, index - 1) === 'to' || markAt(tokens, index - 1, '-', '–')) && wordAt(tokens, lowAt - 1) !== 'from' ? lowEnd(tokens, lowAt) : undefined;
  const first = low === undefined ? index : lowAt;
  const speedAfter = speedWordAfter(tokens, multiplier.end);
  const lower = speedAfter === -1 ? lowerTime(tokens, first, multiplier) : -1;
  const last = Math.max(speedAfter, lower, multiplier.end);
  let inherits: Claim | undefined;
  if (speedAfter === -1 && lower === -1 && !speedWordBefore(tokens, first)) {
    inherits = continuedSpeedup(tokens, index, multiplier, earlier);
    if (!inherits) return undefined;
  }
  return {
    claims: [{ kind: 'speedup', value: low ?? multiplier.value, ...(low === undefined ? {} : { upper: multiplier.value }), unit: '×', first, last }],
    uses: range(first, last),
    ...(inherits ? { inherits } : {}),
  };
}

/** The bottom of a range: a plain number or a multiplier of the same form ("2x to 5x"). */
function lowEnd(tokens: Tokens, at: number): number | undefined {
  const token = tokens[at];
  if (!numberAt(tokens, at) || (token!.suffix !== '' && !/^[xX]$/.test(token!.suffix!))) return undefined;
  return token!.value;
}

/**
 * A bare multiplier that continues the speed-up just before it, joined by
 * "and" or a comma with nothing of its own after it: "1.75× and 1.76×",
 * "by 270x and the end-to-end speech synthesis by 38x", "11x ... and 16x on LLAMA".
 */
function continuedSpeedup(tokens: Tokens, index: number, multiplier: Multiplier, earlier: readonly Claim[]): Claim | undefined {
  const previous = earlier.at(-1);
  if (previous?.kind !== 'speedup' || index - previous.last > 8) return undefined;
  let joined = false;
  for (let at = previous.last + 1; at < index; at++) {
    const token = tokens[at]!;
    if (token.type === 'number' || (token.type === 'mark' && token.text !== ',')) return undefined;
    if (token.text === ',' || wordAt(tokens, at) === 'and') joined = true;
  }
  const next = tokens[multiplier.end + 1];
  const ownWordsEnd = !next || (next.type === 'mark' && next.text !== '-') || CONTINUES.test(wordAt(tokens, multiplier.end + 1));
  return joined && ownWordsEnd ? previous : undefined;
}

// ---------------------------------------------------------------------------
// Metrics: "2.08 FID", "FID score of 7.23", "RTF of 0.09", "38.2 BLEU@4",
// "85.3% accuracy", "FID from 4.19 to 9.96", "FID scores from 1.79/1.58 to
// 1.30/0.97". Differences ("by 0.25 FID") and values of other models given in
// brackets ("T2M-GPT (FID = 0.116)") are not read.

interface MetricName {
  unit: string;
  start: number;
  /** Last token of the name ("success rate" spans two). */
  end: number;
}

/** Metric names as written; the ones not listed in {@link METRIC_UNITS} are their own unit ("BLEU@4", "WER"). */
const METRIC = /^(?:FIDs?|FVD|KID|IS|MOS|CMOS|SMOS|WER|CER|RTF|EM|F1|PSNR|SSIM|LPIPS|METEOR|mAP|BLEU(?:[-@]?\d)?|ROUGE(?:-(?:L|\d))?|CIDEr|CIDER|[Pp]erplexity|PPL|[Aa]ccuracy)$/;
const METRIC_UNITS: Readonly<Record<string, string>> = { FIDs: 'FID', CIDER: 'CIDEr', Perplexity: 'perplexity', perplexity: 'perplexity', PPL: 'perplexity', Accuracy: 'accuracy' };
/** Names of two words, lower case: "success rate", "top-1 accuracy". */
const METRIC_PAIRS: Readonly<Record<string, string>> = { 'success rate': 'success rate', 'success rates': 'success rate', 'top-1 accuracy': 'accuracy' };
/** Words after a metric that make the number a difference, not a value. */
const DELTA_AFTER = /^(?:improvements?|gains?|reductions?|drops?|lower|higher|better|worse|points?|decrease|increase)$/;
const METRIC_FOLLOWERS = /^(?:on|and|or|for|in|with|at|scores?|while|compared|respectively|than|over|which|when|to|of|from|across|among|under|using|whereas|outperforming|surpassing)$/;
const LINKS = /^(?:of|is|was|reaches|reached|achieves|achieved|at|to|=|:)$/;

function metricAt(tokens: Tokens, index: number): MetricName | undefined {
  const token = tokens[index];
  if (token?.type !== 'word') return undefined;
  if (METRIC.test(token.text)) return { unit: METRIC_UNITS[token.text] ?? token.text, start: index, end: index };
  const first = token.text.toLowerCase();
  if (first !== 'success' && first !== 'top-1') return undefined;
  const pair = METRIC_PAIRS[`${first} ${wordAt(tokens, index + 1)}`];
  return pair ? { unit: pair, start: index, end: index + 1 } : undefined;
}

/** A value written after a number: "%" then the metric, or the metric. */
function percentAt(tokens: Tokens, index: number): boolean {
  return markAt(tokens, index, '%');
}

function readMetric(tokens: Tokens, index: number): Read | undefined {
  // "2.08 FID", "85.3% accuracy"
  if (numberAt(tokens, index) && tokens[index]!.suffix === '') {
    const percent = percentAt(tokens, index + 1);
    const metric = metricAt(tokens, index + (percent ? 2 : 1));
    if (!metric) return undefined;
    const isDifference =
      wordAt(tokens, index - 1) === 'by' || markAt(tokens, index - 1, '+', '/', '-', '±') || markAt(tokens, index + 1, '/') || DELTA_AFTER.test(wordAt(tokens, metric.end + 1));
    // "5 EM iterations" counts iterations: after "2.08 FID" comes the end of the clause or a plain link word.
    const follows = tokens[metric.end + 1];
    const ends = !follows || follows.type === 'mark' || METRIC_FOLLOWERS.test(wordAt(tokens, metric.end + 1));
    return !isDifference && ends ? metricRead(metric, tokens[index]!.value!, percent, index, metric.end) : undefined;
  }
  const metric = metricAt(tokens, index);
  if (!metric || markAt(tokens, index - 1, '(')) return undefined;
  return readFromTo(tokens, metric) ?? readMetricValue(tokens, metric);
}

function metricRead(metric: MetricName, value: number, percent: boolean, first: number, last: number, compared?: string): Read {
  const unit = percent ? `% ${metric.unit}` : metric.unit;
  return { claims: [{ kind: 'metric', value, unit, first, last, ...(compared ? { compared } : {}) }], uses: range(first, last) };
}

/** "FID score of 7.23", "RTF of 0.09", "accuracy: 91.2%". */
function readMetricValue(tokens: Tokens, metric: MetricName): Read | undefined {
  let at = metric.end + 1;
  if (/^(?:scores?|values?)$/.test(wordAt(tokens, at))) at++;
  const link = tokens[at];
  if (!link || !LINKS.test(link.type === 'word' ? link.text.toLowerCase() : link.text)) return undefined;
  at++;
  if (!numberAt(tokens, at) || tokens[at]!.suffix !== '' || markAt(tokens, at + 1, '/') || markAt(tokens, at + 1, '×')) return undefined;
  const percent = percentAt(tokens, at + 1);
  const follows = tokens[at + (percent ? 2 : 1)];
  if (follows?.type === 'word' && !METRIC_FOLLOWERS.test(follows.text.toLowerCase())) return undefined;
  return metricRead(metric, tokens[at]!.value!, percent, metric.start, at + (percent ? 1 : 0));
}

/** "FID from 4.19 to 9.96", "FID increase from 4.11 to 11.35", "FID scores from 1.79/1.58 to new records of 1.30/0.97". */
function readFromTo(tokens: Tokens, metric: MetricName): Read | undefined {
  let at = metric.end + 1;
  for (let words = 0; words < 3 && tokens[at]?.type === 'word' && wordAt(tokens, at) !== 'from'; words++) at++;
  if (wordAt(tokens, at) !== 'from') return undefined;
  const before = slashList(tokens, at + 1);
  if (!before || wordAt(tokens, before.end + 1) !== 'to') return undefined;
  at = before.end + 2;
  for (let words = 0; words < 4 && tokens[at]?.type === 'word'; words++) at++;
  const after = slashList(tokens, at);
  if (!after || after.values.length !== before.values.length || after.percent !== before.percent) return undefined;
  const claims = after.values.map((value, item) => ({
    kind: 'metric' as const,
    value,
    unit: after.percent ? `% ${metric.unit}` : metric.unit,
    first: metric.end,
    last: after.end,
    compared: `${before.texts[item]}${before.percent ? '%' : ''}`,
  }));
  return { claims, uses: range(metric.end, after.end) };
}

/** "1.79/1.58" or "4.19" (with an optional "%"): the values and the last token. */
function slashList(tokens: Tokens, at: number): { values: number[]; texts: string[]; end: number; percent: boolean } | undefined {
  const values: number[] = [];
  const texts: string[] = [];
  let end = at;
  for (;;) {
    if (!numberAt(tokens, end) || tokens[end]!.suffix !== '') return undefined;
    values.push(tokens[end]!.value!);
    texts.push(tokens[end]!.text);
    if (!markAt(tokens, end + 1, '/') || tokens[end + 1]!.spaced) break;
    end += 2;
  }
  const percent = percentAt(tokens, end + 1);
  return { values, texts, end: end + (percent ? 1 : 0), percent };
}

// ---------------------------------------------------------------------------
// Improvements: "25% relative improvement", "an improvement of at least 10
// points", "improves accuracy by 5.2%", "EM score +8.6".

const IMPROVEMENT = /^(?:improvements?|gains?|boosts?)$/;
const IMPROVES = /^(?:improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing))$/;

/** "%" or "points" after the number at `index`: the unit and the last token. */
function improvementUnit(tokens: Tokens, index: number): { unit: '%' | 'points'; end: number } | undefined {
  if (markAt(tokens, index + 1, '%')) return { unit: '%', end: index + 1 };
  const word = wordAt(tokens, index + 1);
  if (word === 'points' || word === 'point' || word === 'pp') return { unit: 'points', end: index + 1 };
  if (word === 'percentage' && wordAt(tokens, index + 2) === 'points') return { unit: 'points', end: index + 2 };
  return undefined;
}

function readImprovement(tokens: Tokens, index: number): Read | undefined {
  if (!numberAt(tokens, index) || tokens[index]!.suffix !== '') return undefined;
  const value = tokens[index]!.value!;
  const unit = improvementUnit(tokens, index);
  const claim = (last: number, unitName: '%' | 'points') => ({ claims: [{ kind: 'improvement' as const, value, unit: unitName, first: index, last }], uses: range(index, last) });
  // "+8.6" after a metric ("EM score +8.6") or before one ("+2.1 BLEU").
  if (markAt(tokens, index - 1, '+') && !tokens[index]!.spaced) {
    const metricBefore = metricAt(tokens, /^scores?$/.test(wordAt(tokens, index - 2)) ? index - 3 : index - 2);
    const metricAfter = metricAt(tokens, (unit?.end ?? index) + 1);
    if (metricBefore || metricAfter) return claim(metricAfter?.end ?? unit?.end ?? index, unit?.unit ?? 'points');
  }
  if (!unit) return undefined;
  // "25% relative improvement", "a 10% gain"
  let after = unit.end + 1;
  if (/^(?:relative|absolute|average)$/.test(wordAt(tokens, after))) after++;
  if (unit.unit === '%' && IMPROVEMENT.test(wordAt(tokens, after))) return claim(after, '%');
  // "improvement of (at least) 10 points"
  let before = index - 1;
  if (wordAt(tokens, before) === 'least' && wordAt(tokens, before - 1) === 'at') before -= 2;
  if (wordAt(tokens, before) === 'to' && wordAt(tokens, before - 1) === 'up') before -= 2;
  if (['about', 'approximately', 'over', 'nearly'].includes(wordAt(tokens, before))) before--;
  if (wordAt(tokens, before) === 'of' && IMPROVEMENT.test(wordAt(tokens, before - 1))) return claim(unit.end, unit.unit);
  // "improves accuracy by 5.2%"
  if (wordAt(tokens, before) === 'by') {
    for (let back = before - 1; back >= Math.max(0, before - 5); back--) {
      if (tokens[back]!.type !== 'word') break;
      if (IMPROVES.test(wordAt(tokens, back))) return claim(unit.end, unit.unit);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Scale: "7B parameters", "models at 7B and 13B scales", "1.3 billion and
// 6.7 billion parameters", "330B tokens", "180k hours of audio", "1.1TB of
// data". A size right after another model's name ("Vicuna 7B", "VAR 2.3B
// model") or before one ("the 7B Llama-2") describes that model and is skipped.

// Powers of ten, so "1.1TB" becomes 1.1e12 exactly rather than 1.1 * 1e12.
const MAGNITUDE_SUFFIX: Readonly<Record<string, number>> = { k: 3, K: 3, M: 6, B: 9, T: 12 };
const MAGNITUDE_WORD: Readonly<Record<string, number>> = { thousand: 3, million: 6, billion: 9, trillion: 12 };
const BYTES: Readonly<Record<string, number>> = { GB: 9, TB: 12, PB: 15 };
const MODEL_WORDS = /^(?:models?|scales?|variants?|versions?|llms?|lms?|checkpoints?|networks?|transformers?)$/;
const DATA_WORDS = /^(?:audio|speech|data|recordings?|music|videos?|text|corpus|corpora|datasets?|supervision)$/;

interface Size {
  /** The number times its magnitude. */
  value: number;
  /** The power of ten it was written with: 9 for "7B" or "7 billion", 0 for "2000". */
  magnitude: number;
  bytes: boolean;
  /** Last token of the size ("billion", or the ")" of "billion (B)"). */
  end: number;
}

function sizeAt(tokens: Tokens, index: number): Size | undefined {
  if (!numberAt(tokens, index)) return undefined;
  const token = tokens[index]!;
  const scaled = (magnitude: number, end: number, bytes = false): Size => ({ value: Number(`${token.text.replaceAll(',', '')}e${magnitude}`), magnitude, bytes, end });
  if (token.suffix! in MAGNITUDE_SUFFIX) return scaled(MAGNITUDE_SUFFIX[token.suffix!]!, index);
  if (token.suffix! in BYTES) return scaled(BYTES[token.suffix!]!, index, true);
  if (token.suffix !== '') return undefined;
  const next = tokens[index + 1];
  if (next?.type === 'word' && next.text in BYTES) return scaled(BYTES[next.text]!, index + 1, true);
  const word = wordAt(tokens, index + 1);
  if (word in MAGNITUDE_WORD) {
    // "1.1 billion (B) parameters": the bracket only repeats the magnitude.
    const repeat = markAt(tokens, index + 2, '(') && /^[KMBT]$/.test(tokens[index + 3]?.text ?? '') && markAt(tokens, index + 4, ')');
    return scaled(MAGNITUDE_WORD[word]!, repeat ? index + 4 : index + 1);
  }
  return scaled(0, index);
}

/** What a size counts, from the words after it. */
function scaleUnit(tokens: Tokens, size: Size): { unit: string; end: number } | undefined {
  let at = size.end + 1;
  if (size.bytes) {
    for (let words = 0; words < 4 && tokens[at]?.type === 'word'; words++, at++) if (DATA_WORDS.test(wordAt(tokens, at))) return { unit: 'bytes', end: at };
    return undefined;
  }
  if (markAt(tokens, at, '-') && !tokens[at]!.spaced) at++;
  const word = wordAt(tokens, at);
  if (size.magnitude >= 6 && /^(?:parameters?|params?)$/.test(word)) return { unit: 'parameters', end: at };
  if (size.magnitude >= 6 && MODEL_WORDS.test(word) && tokens[at]!.spaced) return { unit: 'parameters', end: at };
  if (size.magnitude >= 6 && word === 'tokens') return { unit: 'tokens', end: at };
  if (/^(?:hours?|hrs)$/.test(word) && wordAt(tokens, at + 1) === 'of') {
    for (let look = at + 2; look < at + 6 && tokens[look]?.type === 'word'; look++) if (DATA_WORDS.test(wordAt(tokens, look))) return { unit: 'hours', end: look };
  }
  return undefined;
}

function readScale(tokens: Tokens, index: number): Read | undefined {
  // A size that belongs to a named model ("Vicuna 7B", "Qwen 2.5 7B").
  if (!numberAt(tokens, index) || isName(tokens, index - 1) || tokens[index - 1]?.type === 'number') return undefined;
  const sizes: Size[] = [];
  let at = index;
  for (;;) {
    const size = sizeAt(tokens, at);
    if (!size) return undefined;
    sizes.push(size);
    // "7B and 13B scales", "1.3 billion and 6.7 billion parameters", "7B, 13B, and 70B models"
    let next = size.end + 1;
    while (markAt(tokens, next, ',') || wordAt(tokens, next) === 'and' || wordAt(tokens, next) === 'or') next++;
    if (next === size.end + 1 || !numberAt(tokens, next) || sizes.length >= 6) break;
    at = next;
  }
  // "ranging from 111M to 3.1B parameters": a range, read as one claim.
  const top = sizes.length === 1 && wordAt(tokens, sizes[0]!.end + 1) === 'to' ? sizeAt(tokens, sizes[0]!.end + 2) : undefined;
  const last = top ?? sizes.at(-1)!;
  const unit = scaleUnit(tokens, last);
  if (!unit) return undefined;
  if (top) {
    if (sizes[0]!.magnitude === 0) return undefined;
    return { claims: [{ kind: 'scale', value: sizes[0]!.value, upper: top.value, unit: unit.unit, first: index, last: unit.end }], uses: range(index, unit.end) };
  }
  // Only the last size carried its magnitude word; the others must have had their own.
  if (sizes.some((size) => size.magnitude === 0 && unit.unit !== 'hours')) return undefined;
  const claims = sizes.map((size, item) => ({ kind: 'scale' as const, value: size.value, unit: unit.unit, first: item === 0 ? index : size.end, last: unit.end }));
  return { claims, uses: range(index, unit.end) };
}

// ---------------------------------------------------------------------------
// What a number is compared with: "10x faster than X", "3x speed-up over X",
// "N× ... compared to X", or a sentence that opens with "Compared to X, ...".

const CUE_AFTER = /^(?:than|over|versus|vs)$/;
const PHRASE_STOP = /^(?:while|when|where|which|whereas|but|on|for|in|with|at|using|across|respectively|without|during|under|to|thus|thereby|and|or)$/;
const MAX_PHRASE = 12;

function attachCompared(tokens: Tokens, claims: Claim[], text: string): void {
  const leading = leadingCompared(tokens, claims[0]?.first ?? 0, text);
  for (const claim of claims) {
    claim.compared ??= trailingCompared(tokens, claim.last, text) ?? (leading && leading.end < claim.first ? leading.phrase : undefined);
  }
  // Claims stated together share a comparison stated once, after the last of them ("11x on GPT and 16x on LLAMA compared to X").
  const later = new Map<number, string>();
  for (const claim of claims.toReversed()) {
    if (claim.compared) later.set(claim.group, claim.compared);
    else if (later.has(claim.group)) claim.compared = later.get(claim.group);
  }
}

/** A cue such as "compared to" starting at `at`: the index where its phrase starts, or -1. */
function cueAt(tokens: Tokens, at: number, after: boolean): number {
  const word = wordAt(tokens, at);
  const next = wordAt(tokens, at + 1);
  if (word === 'compared' && (next === 'to' || next === 'with')) return at + 2;
  if (word === 'relative' && next === 'to') return at + 2;
  if (word === 'in' && next === 'comparison' && /^(?:to|with)$/.test(wordAt(tokens, at + 2))) return at + 3;
  if (after && CUE_AFTER.test(word)) return markAt(tokens, at + 1, '.') && word === 'vs' ? at + 2 : at + 1;
  return -1;
}

/** The words of a compared phrase from `start`, up to the end of its clause; undefined when it runs on too long to be sure. */
function phraseFrom(tokens: Tokens, start: number, text: string): { phrase: string; end: number } | undefined {
  let end = start;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (token.type === 'mark' && !['-', '/', '&', '+', "'", '’'].includes(token.text)) break;
    const word = wordAt(tokens, end);
    if (PHRASE_STOP.test(word) && end > start) break;
    if (word === 'by' && /ing$/.test(wordAt(tokens, end + 1))) break;
    end++;
    if (end - start > MAX_PHRASE) return undefined;
  }
  while (end > start && /^(?:the|a|an|of|by)$/.test(wordAt(tokens, end - 1))) end--;
  if (end === start) return undefined;
  return { phrase: text.slice(tokens[start]!.start, tokens[end - 1]!.end), end: end - 1 };
}

function trailingCompared(tokens: Tokens, last: number, text: string): string | undefined {
  for (let at = last + 1, words = 0; at < tokens.length && words <= 3; at++, words++) {
    if (tokens[at]!.type !== 'word') return undefined;
    const start = cueAt(tokens, at, true);
    if (start !== -1) return phraseFrom(tokens, start, text)?.phrase;
  }
  return undefined;
}

/** "Compared to X, ..." or "..., compared with X, ..." before the first number. */
function leadingCompared(tokens: Tokens, before: number, text: string): { phrase: string; end: number } | undefined {
  for (let at = 0; at < before; at++) {
    if (at > 0 && !markAt(tokens, at - 1, ',')) continue;
    const start = cueAt(tokens, at, false);
    if (start === -1) continue;
    const phrase = phraseFrom(tokens, start, text);
    if (phrase && markAt(tokens, phrase.end + 1, ',')) return phrase;
  }
  return undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
}
