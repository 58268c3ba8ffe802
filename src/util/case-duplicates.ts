/**
 * File names that differ only in case (or in Unicode normalization), in
 * groups: on macOS and Windows each group is one file, so a checkout there
 * keeps one of them, and a collection keyed by lowercase id keeps one too.
 */
export function caseDuplicates(names: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = name.normalize('NFC').toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
