/** A token of one sentence, for reading the numbers in it. */
export interface Token {
  type: 'number' | 'word' | 'mark';
  /** As written; for a number, the digits only ("7" of "7B"). */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Whitespace comes before it. */
  spaced: boolean;
  /** A number's value ("1,000" → 1000). */
  value?: number;
  /** Letters glued to a number's right: "B" of "7B", "x" of "2x", "TB" of "1.1TB". */
  suffix?: string;
  /** Written as "x7": a multiplier before the number. */
  timesBefore?: boolean;
  /**
   * Why this number is never a key number: part of a citation ("[33]"),
   * list numbering ("1)", "(2)"), a year, a version ("Llama 3.1"), a
   * resolution ("256×256", "1024 times 1024"), or a broken decimal ("65.%").
   */
  not?: 'citation' | 'list' | 'year' | 'version' | 'resolution' | 'broken';
}

// One pass with a sticky regex whose alternatives never overlap, so reading is
// linear in the sentence: whitespace, a number (with an optional leading "x"
// and glued letters), a word (letters, then digits or letters joined by
// - _ . @ / or an apostrophe, so "CIFAR-10", "GPT-2" and "BLEU@4" are words,
// not numbers), or any other single character.
const TOKEN = /(\s+)|((?<![\p{L}\p{N}.])[x×](?=\d))?(\d+(?:,\d{3})*(?:\.\d+)?)(\p{L}*)|(\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-_.@/][\p{L}\p{M}\p{N}]+)*)|([^])/uy;

/** Split a sentence into tokens and mark the numbers that are never key numbers. Linear in its length. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let spaced = true;
  let squareDepth = 0;
  let roundDepth = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match; match = TOKEN.exec(sentence)) {
    const [whole, space, timesBefore, digits, suffix, word] = match;
    if (space) {
      spaced = true;
      continue;
    }
    const start = match.index;
    const end = start + whole.length;
    if (digits !== undefined) {
      const token: Token = { type: 'number', text: digits, start, end, spaced, value: Number(digits.replaceAll(',', '')), suffix: suffix ?? '' };
      if (timesBefore) token.timesBefore = true;
      if (squareDepth > 0) token.not = 'citation';
      tokens.push(token);
    } else if (word !== undefined) {
      tokens.push({ type: 'word', text: word, start, end, spaced });
    } else {
      if (whole === '[') squareDepth++;
      if (whole === ']') squareDepth = Math.max(0, squareDepth - 1);
      if (whole === '(') roundDepth++;
      if (whole === ')' && roundDepth > 0) roundDepth--;
      else if (whole === ')') {
        // A ")" that closes nothing, right after a number: "1)" numbering a list item.
        const before = tokens.at(-1);
        if (before?.type === 'number' && !spaced && isInteger(before)) before.not ??= 'list';
      }
      tokens.push({ type: 'mark', text: whole, start, end, spaced });
    }
    spaced = false;
  }
  markNonClaims(tokens);
  return tokens;
}

const isInteger = (token: Token): boolean => /^\d+$/.test(token.text) && token.suffix === '';
const isMark = (token: Token | undefined, ...marks: string[]): boolean => token?.type === 'mark' && marks.includes(token.text);
const wordOf = (token: Token | undefined): string => (token?.type === 'word' ? token.text.toLowerCase() : '');
const YEAR_BEFORE = new Set(['in', 'since', 'until', 'during', 'from', 'by', 'year', 'early', 'late', 'mid']);

/** A name, not a plain word: "OLMo", "GPT", "FastSpeech", or any capitalised word inside a sentence ("Llama", "System"). */
export function isName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.type !== 'word') return false;
  if (/^.+[\p{Lu}\p{N}]/u.test(token.text)) return true;
  return /^\p{Lu}/u.test(token.text) && index > 0 && !isMark(tokens[index - 1], '.', '!', '?', ':', '"', '(', '[');
}

function markNonClaims(tokens: Token[]): void {
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'number') continue;
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    if (isMark(before, '(') && isMark(after, ')') && isInteger(token) && token.value! < 100) token.not ??= 'list';
    // "256×256", "256x256", "256 x 256", "1024 times 1024", "256*256", "1080p".
    const timesMark = isMark(after, '×', '*') || wordOf(after) === 'times' || wordOf(after) === 'x';
    if ((timesMark && tokens[index + 2]?.type === 'number') || (/^x$/i.test(token.suffix!) && after?.type === 'number' && !after.spaced)) {
      token.not = 'resolution';
      const other = timesMark ? tokens[index + 2]! : after!;
      other.not = 'resolution';
    }
    if (/^(?:px|p)$/.test(token.suffix!)) token.not ??= 'resolution';
    // "65.%": a decimal whose digits were lost.
    if (isMark(after, '.') && !after!.spaced && tokens[index + 2] && !tokens[index + 2]!.spaced) token.not ??= 'broken';
    // A year, unless it counts hours ("from 2000 hours of speech").
    if (isInteger(token) && token.value! >= 1900 && token.value! <= 2099 && !/^(?:hours?|hrs)$/.test(wordOf(after))) {
      const inBrackets = (isMark(before, '(', '[', ',') && isMark(after, ')', ']', ',', ';')) || isMark(after, ')', ']');
      if (inBrackets || YEAR_BEFORE.has(wordOf(before))) token.not ??= 'year';
    }
    // "OLMo 2", "Llama 3.1", "Qwen 2.5", "Tacotron 2": a bare number right after a name.
    if (token.suffix === '' && !token.timesBefore && isName(tokens, index - 1)) token.not ??= 'version';
  }
}
