import type { PagefindResult } from './load-pagefind.ts';

/**
 * One search result as a list item: the title as a link, what it is (the
 * paper's short name and topics, or "Topic"), and Pagefind's excerpt with the
 * matched words in <mark>.
 */
export function renderResult(result: PagefindResult, titleTag: 'h2' | 'p'): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const title = document.createElement(titleTag);
  title.className = 'search-hit-title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  // A title may open with a right-to-left override: keep its effect inside the link.
  link.dir = 'auto';
  title.append(link);

  const about = document.createElement('p');
  about.className = 'search-hit-about';
  about.textContent = describe(result);

  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  // Pagefind 1.6 stores the page text decoded in its index (a `<` in an
  // abstract is `<` in the fragment). When pagefind.js loads a fragment it
  // replaces `<` with `&lt;` and `>` with `&gt;` (nothing else: not `&`, not
  // quotes) and then wraps the matched words in <mark>. So this HTML holds no
  // element but <mark> and no attribute; the one thing it does not show as
  // written is a character reference typed in the text (`&amp;` shows as `&`).
  excerpt.innerHTML = result.excerpt;

  item.append(title, about, excerpt);
  return item;
}

/** "LANTERN · Vision AR, Fast inference" for a paper, "Topic · Speech & audio" for a topic page. */
function describe(result: PagefindResult): string {
  const topics = (result.filters.topic ?? []).join(', ');
  const isTopic = new URL(result.url, location.href).pathname.includes('/topics/');
  const parts = [isTopic ? 'Topic' : result.meta.shortName, topics].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Paper';
}
