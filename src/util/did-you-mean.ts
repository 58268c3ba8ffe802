/** Edit distance (insertions, deletions, substitutions) between two strings. */
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
 * ` Did you mean "vision-ar"?` when a candidate is a typo away from `value`
 * (at most 2 edits) or starts with it; otherwise an empty string.
 */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const near = [...candidates].filter((candidate) => distance(candidate, value) <= 2 || (value.length >= 3 && candidate.startsWith(value)));
  return near.length ? ` Did you mean ${near.map((name) => `"${name}"`).join(' or ')}?` : '';
}
