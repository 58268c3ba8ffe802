import type { PaperSlug } from '../util/ids.ts';
import type { Paper } from './paper.ts';
import { STOP_WORDS } from './stop-words.ts';

/** One place a text names a paper of the atlas. */
export interface Mention {
  /** Offsets of the name in the text. */
  start: number;
  end: number;
  /** The paper it names, and the name as written. */
  paper: PaperSlug;
  name: string;
}

/** Letters and digits: what a word is made of. */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Characters that join two words into one name ("Lumina-mGPT", "HierSpeech++"). */
const JOINERS = new Set(['-', '_', '+']);
/** A number right after a name makes another name: "FastSpeech 2s", "OLMo 2", "Llama-3". */
const VERSION_AFTER = /^[ -]?\p{N}/u;
/** Web addresses: a name inside one ("github.com/x/FastSpeech") is part of the address. */
const URL = /\bhttps?:\/\/\S+/gu;

/**
 * A word written as a name rather than an ordinary word: a capital after its
 * first letter (FastSpeech, LANTERN, mGPT, CooK), letters mixed with digits
 * (S2D, Mirasol3B), or a letter outside ASCII (PanGu-α).
 */
const looksLikeName = (word: string): boolean => /^.+\p{Lu}/u.test(word) || (/\p{L}/u.test(word) && /\p{N}/u.test(word)) || /[^\x00-\x7f]/u.test(word);

/**
 * The short names that name exactly one paper, each to its slug. A name is
 * left out when two papers share it, or when it is made only of ordinary
 * words, written the way the papers write plain words ("Grounded Decoding",
 * "Momentum Decoding", a lone "Transformer"): such a name in an abstract is
 * as likely to be the words as the paper. A word is ordinary when it is a
 * stop word or some title or abstract uses it in lowercase.
 */
export function mentionNames(papers: readonly Paper[]): Map<string, PaperSlug> {
  const lowercase = new Set<string>();
  for (const paper of papers) {
    for (const [word] of `${paper.title} ${paper.abstract}`.matchAll(WORD)) if (word === word.toLowerCase()) lowercase.add(word);
  }
  const ordinary = (word: string): boolean => !looksLikeName(word) && (/^\p{N}+$/u.test(word) || STOP_WORDS.has(word.toLowerCase()) || lowercase.has(word.toLowerCase()));
  const owners = new Map<string, PaperSlug[]>();
  for (const paper of papers) {
    const name = paper.shortName?.trim();
    if (!name || name.length < 2) continue;
    owners.set(name, [...(owners.get(name) ?? []), paper.slug]);
  }
  const names = new Map<string, PaperSlug>();
  for (const [name, slugs] of owners) {
    const words = name.match(WORD) ?? [];
    if (slugs.length === 1 && words.length > 0 && !words.every(ordinary)) names.set(name, slugs[0]!);
  }
  return names;
}

/** Where names start: a name's first word, to its names, longest first. */
function indexNames(names: ReadonlyMap<string, PaperSlug>): Map<string, string[]> {
  const byFirstWord = new Map<string, string[]>();
  for (const name of names.keys()) {
    const first = name.match(WORD)?.[0];
    if (first === undefined || !name.startsWith(first)) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return byFirstWord;
}

/** True when the characters around `start`..`end` end the name: no letter or digit, and no joiner that leads into one. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  if (WORD_CHARACTER.test(before) || (JOINERS.has(before) && WORD_CHARACTER.test(text[start - 2] ?? ''))) return false;
  const after = text[end] ?? '';
  if (WORD_CHARACTER.test(after) || after === '+' || (JOINERS.has(after) && WORD_CHARACTER.test(text[end + 1] ?? ''))) return false;
  return !VERSION_AFTER.test(text.slice(end, end + 2));
}

/**
 * True when the name, in parentheses, abbreviates the words just before it
 * ("multimodal Generative PreTraining (mGPT)"): the text defines its own
 * term, which only shares its letters with the paper. A word gives its first
 * letter and its inner capitals.
 */
function definesAbbreviation(text: string, start: number, end: number, name: string): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const letters = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const words = text.slice(Math.max(0, start - 120), start - 1).match(/[\p{L}\p{N}]+/gu) ?? [];
  let initials = '';
  for (const word of words.reverse()) {
    initials = `${word[0]}${word.slice(1).replace(/[^\p{Lu}]/gu, '')}`.toLowerCase() + initials;
    if (initials === letters) return true;
    if (initials.length >= letters.length) return false;
  }
  return false;
}

/**
 * A finder of the atlas's names in text, for names from `mentionNames`
 * (index them once, then search any number of texts). At each word the
 * longest name that stands alone wins, so "FastSpeech 2" is FastSpeech 2,
 * never FastSpeech; a name joined to more letters ("Lumina-mGPT",
 * "FastSpeech 2s") is another name and names nothing; so does a name inside
 * a web address, and one the text defines as its own abbreviation
 * ("Generative PreTraining (mGPT)"). Matching is case-sensitive. Mentions of
 * `self` (the paper whose text it is) are not returned.
 */
export function createMentionFinder(names: ReadonlyMap<string, PaperSlug>): (text: string, self?: PaperSlug) => Mention[] {
  const byFirstWord = indexNames(names);
  return (text, self) => {
    const addresses = [...text.matchAll(URL)].map((match) => [match.index, match.index + match[0].length] as const);
    const inAddress = (at: number): boolean => addresses.some(([start, end]) => at >= start && at < end);
    const mentions: Mention[] = [];
    let after = 0;
    for (const match of text.matchAll(WORD)) {
      const start = match.index;
      if (start < after) continue;
      const candidates = byFirstWord.get(match[0]);
      if (!candidates || inAddress(start)) continue;
      const name = candidates.find((candidate) => text.startsWith(candidate, start) && standsAlone(text, start, start + candidate.length));
      if (name === undefined || definesAbbreviation(text, start, start + name.length, name)) continue;
      after = start + name.length;
      const paper = names.get(name)!;
      if (paper !== self) mentions.push({ start, end: after, paper, name });
    }
    return mentions;
  };
}

/** For each paper, the other papers its abstract names, in order of first mention. */
export function paperMentions(papers: readonly Paper[], names: ReadonlyMap<string, PaperSlug>): Map<PaperSlug, PaperSlug[]> {
  const find = createMentionFinder(names);
  return new Map(papers.map((paper) => [paper.slug, [...new Set(find(paper.abstract, paper.slug).map((mention) => mention.paper))]]));
}
