/** Words shorter than this are never corrected (acronyms, "of"), so they are left out. */
export const MIN_WORD = 4;

/** The file a word's correction candidates are in: its first two letters or digits (`di` for "diffusion"). */
export function vocabularyKey(word: string): string | undefined {
  const key = word.slice(0, 2).toLowerCase();
  return /^[a-z0-9]{2}$/.test(key) ? key : undefined;
}

/**
 * The words of the site, for correcting a misspelled search word
 * (src/client/spelling.ts): every word of at least MIN_WORD letters, split
 * into one list per two-letter start so a correction downloads one small
 * list, each list most widespread word first (the number of texts a word is
 * in), then alphabetical. Linear in the total length of the texts.
 */
export function vocabulary(texts: Iterable<string>): Map<string, string[]> {
  const spread = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [])) {
      if (word.length >= MIN_WORD && vocabularyKey(word)) spread.set(word, (spread.get(word) ?? 0) + 1);
    }
  }
  const lists = new Map<string, string[]>();
  const ordered = [...spread].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [word] of ordered) {
    const key = vocabularyKey(word)!;
    let list = lists.get(key);
    if (!list) lists.set(key, (list = []));
    list.push(word);
  }
  return new Map([...lists].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
