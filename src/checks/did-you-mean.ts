/** Levenshtein distance: how many one-character edits turn `a` into `b`. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * ` Did you mean "x"?` naming the known value closest to a typo, or an empty
 * string when none is close: at most a fifth of its characters differ
 * (at least two), or one contains the other (three characters or more).
 */
export function didYouMean(value: string, known: Iterable<string>): string {
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const contains = Math.min(value.length, name.length) >= 3 && (name.includes(value) || value.includes(name));
    const score = contains ? 0.5 : distance(value, name);
    if (score <= Math.max(2, Math.floor(name.length / 5)) && (!best || score < best.score)) best = { name, score };
  }
  return best ? ` Did you mean "${best.name}"?` : '';
}
