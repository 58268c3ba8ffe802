import css from './search-box.css?inline';
import { loadPagefind, preloadQuery, type PagefindResult } from './load-pagefind.ts';
import { renderResult } from './render-result.ts';
import { searchRanked } from './search-ranked.ts';
import { searchDelay } from './typing-pace.ts';

/**
 * The header field, once a reader focuses it or types: the first results
 * drop down under it as they type. Enter still submits the plain form to
 * /search/?q=… for the full list. Loaded by SearchForm.astro's inline script
 * on first focus, so pages that nobody searches from carry none of this.
 */

/** Results in the drop-down; the search page shows the rest. */
const LIMIT = 5;

const form = document.querySelector<HTMLFormElement>('[data-search-box]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
if (form && input) enhance(form, input);

function enhance(form: HTMLFormElement, input: HTMLInputElement): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);

  // The live region exists before anything is said in it, or screen readers may miss the first message.
  const status = element('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  const panel = element('div', 'search-panel');
  panel.id = 'search-panel';
  panel.hidden = true;
  const message = element('p', 'search-panel-message');
  const list = element('ul', 'search-panel-hits');
  const all = element('a', 'search-panel-all');
  panel.append(message, list, all);
  form.append(status, panel);

  let run = 0;
  /** Whether the panel has something to show for the current words. */
  let answered = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  void loadPagefind().catch(() => undefined);
  input.addEventListener('input', typed);
  // Keys pressed while this module loaded had no listener yet: catch up, at the same pace as typing.
  if (input.value.trim()) typed();

  function typed(): void {
    const query = input.value.trim();
    preloadQuery(query);
    clearTimeout(pending);
    pending = setTimeout(() => void search(query), searchDelay(query));
  }

  input.addEventListener('focus', (event) => {
    // Coming back from outside (not from Escape in the panel), show the last results again.
    if (answered && input.value.trim() && !form.contains(event.relatedTarget as Node | null)) panel.hidden = false;
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault(); // Only close the panel; a second Escape clears the field as usual.
      panel.hidden = true;
      input.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const links = [input, ...panel.querySelectorAll('a')];
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (panel.hidden || at === -1) return;
      event.preventDefault();
      links[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), links.length - 1)]?.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });

  async function search(query: string): Promise<void> {
    const mine = ++run;
    if (!query) {
      answered = false;
      panel.hidden = true;
      status.textContent = '';
      return;
    }
    let results: PagefindResult[];
    let total: number;
    let corrected: string | undefined;
    try {
      const ranked = await searchRanked(await loadPagefind(), query, { depth: LIMIT, stale: () => mine !== run });
      total = ranked.found.results.length;
      results = ranked.data.slice(0, LIMIT);
      if (ranked.corrected) corrected = ranked.query;
    } catch {
      return; // Pagefind could not load: the form still submits to the search page.
    }
    if (mine !== run) return;
    const words = `“${query}”`;
    answered = true;
    message.textContent = total === 0 ? `No paper mentions ${words}.` : corrected ? `Showing results for “${corrected}”.` : '';
    message.hidden = !message.textContent;
    // A reader who already arrowed into the results of a shorter query stays at the same place in the new ones.
    const focused = [...list.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement);
    list.replaceChildren(...results.map((result) => renderResult(result, 'p')));
    if (focused !== -1) (list.querySelectorAll('a')[focused] ?? input).focus();
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    all.textContent = total > LIMIT ? `All ${total} results for ${words}` : `Open ${words} on the search page`;
    // Naming the words lets a reader (and a test) tell this answer from one to the shorter query typed before.
    const count = `${total === 1 ? '1 result' : `${total} results`} for ${corrected ? `“${corrected}”` : words}`;
    status.textContent = total === 0 ? `No paper mentions ${words}.` : `${count}; press the down arrow to reach them.`;
    panel.hidden = document.activeElement !== input && !form.contains(document.activeElement);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
