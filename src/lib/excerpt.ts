/**
 * The start of a text, at most `max` characters: whole sentences when the
 * first one fits, otherwise cut at a word with an ellipsis. For meta
 * descriptions and link previews.
 */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // A sentence ends at . ! or ? followed by a space and a capital; "e.g. the" does not end one.
  const sentences = flat.match(/.+?[.!?](?= [A-Z]|$)/g) ?? [];
  let result = '';
  for (const sentence of sentences) {
    const next = result ? `${result} ${sentence.trim()}` : sentence.trim();
    if (next.length > max) break;
    result = next;
  }
  if (result) return result;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
