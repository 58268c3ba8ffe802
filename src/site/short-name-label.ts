/**
 * The short name to show as a label beside a paper's title, or undefined
 * when it only repeats the title's first words: "LANTERN" beside "LANTERN:
 * Accelerating Visual Autoregressive Models ..." tells the reader nothing
 * new. A short name written by hand that the title does not start with
 * ("DD1" for "Distilled Decoding 1: ...") is shown.
 */
export function shortNameLabel(shortName: string | undefined, title: string): string | undefined {
  if (!shortName) return undefined;
  const repeats = title.startsWith(shortName) && !/^[\p{L}\p{N}]/u.test(title.slice(shortName.length));
  return repeats ? undefined : shortName;
}
