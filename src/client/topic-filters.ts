import type { PagefindSearch } from './load-pagefind.ts';

/** The search page's topic checkboxes: the ones ticked, and drawing them for a query's results. */
export interface TopicFilters {
  checked(): string[];
  draw(found: PagefindSearch, checked: string[]): void;
  hide(): void;
}

/**
 * Topic filters in `fieldset`, one checkbox per topic in its list `boxes`.
 * Drawn for each query: a box per topic among its results, with how many
 * results it has (ignoring the topic filter, so counts do not collapse as
 * boxes are ticked), alphabetical so boxes stay put while the counts change.
 */
export function topicFilters(fieldset: HTMLFieldSetElement, boxes: HTMLElement): TopicFilters {
  return {
    checked: () => [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value),
    draw(found, checked) {
      const counts = found.totalFilters.topic ?? {};
      const topics = [...new Set([...Object.keys(counts).filter((topic) => (counts[topic] ?? 0) > 0), ...checked])];
      topics.sort((a, b) => a.localeCompare(b));
      const focused = document.activeElement;
      const existing = new Map([...boxes.querySelectorAll<HTMLLIElement>('li')].map((item) => [item.dataset.topic, item]));
      boxes.replaceChildren(
        ...topics.map((topic) => {
          const item = existing.get(topic) ?? filterItem(topic);
          const box = item.querySelector('input');
          const count = item.querySelector('.count');
          if (box) box.checked = checked.includes(topic);
          if (count) count.textContent = String(counts[topic] ?? 0);
          return item;
        }),
      );
      // Re-inserting a node drops its focus: give it back to the box the reader just ticked.
      if (focused instanceof HTMLElement && focused !== document.activeElement && focused.isConnected) focused.focus();
      fieldset.hidden = topics.length === 0;
    },
    hide() {
      fieldset.hidden = true;
    },
  };
}

function filterItem(topic: string): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.topic = topic;
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'topic';
  box.value = topic;
  const count = document.createElement('span');
  count.className = 'count';
  label.append(box, ` ${topic} `, count);
  item.append(label);
  return item;
}
