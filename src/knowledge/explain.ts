import type { Membership } from './topics.ts';

/** How many matched phrases a one-line explanation names. */
const SHOWN = 5;

/**
 * Why a paper is on a topic, in one line for readers, with the words as the
 * paper has them: `matched: speculative decoding (title, abstract ×2), LLMs (abstract)`,
 * `curated`, or, on the catch-all, `no topic rule matched`. A paper only the learned model put
 * there names the words that weighed most: `worded like this topic's labelled papers: image tokens (title), ...`. Phrases are
 * listed strongest first; those counting against the topic are left out.
 */
export function explainMembership(membership: Membership): string {
  const parts: string[] = [];
  if (membership.curated) parts.push('curated');
  const places = new Map<string, { points: number; where: string[] }>();
  for (const item of membership.evidence) {
    if (item.points <= 0) continue;
    const phrase = item.text;
    const entry = places.get(phrase) ?? { points: 0, where: [] };
    entry.points += item.points;
    entry.where.push(item.count > 1 ? `${item.where} \u00d7${item.count}` : item.where);
    places.set(phrase, entry);
  }
  const ranked = [...places].sort((a, b) => b[1].points - a[1].points).slice(0, SHOWN);
  if (membership.learned) {
    const words = membership.learned.words.map((word) => `${word.text} (${word.where})`).join(', ');
    parts.push(`worded like this topic's labelled papers${words ? `: ${words}` : ''}`);
  } else if (ranked.length) parts.push(`matched: ${ranked.map(([phrase, { where }]) => `${phrase} (${where.join(', ')})`).join(', ')}`);
  if (!parts.length) parts.push('no topic rule matched');
  return parts.join('; ');
}
