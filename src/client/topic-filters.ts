import type { PagefindSearch } from './load-pagefind.ts';
import type { SearchState } from './search-state.ts';
import { readTopicMatch, topicCounts, topicLegend, type TopicMatch } from './topic-filter.ts';

/** The search page's topic checkboxes: the ones ticked, narrow or widen, and drawing them for a query's results. */
export interface TopicFilters {
  checked(): string[];
  match(): TopicMatch;
  draw(found: PagefindSearch, state: SearchState): void;
  hide(): void;
}

/**
 * Topic filters in `fieldset`, one checkbox per topic in its list `boxes`,
 * and the switch between narrowing and widening, which `legend` names.
 * Drawn for each query: a box per topic among its results, with its count
 * (see topicCounts), alphabetical so boxes stay put while the counts change.
 */
export function topicFilters(fieldset: HTMLFieldSetElement, legend: HTMLElement, boxes: HTMLElement): TopicFilters {
  return {
    checked: () => [...fieldset.querySelectorAll<HTMLInputElement>('input[name="topic"]:checked')].map((box) => box.value),
    match: () => readTopicMatch(fieldset.querySelector<HTMLInputElement>('input[name="match"]:checked')?.value ?? null),
    draw(found, { topics: checked, match }) {
      const counts = topicCounts(found, match);
      legend.textContent = topicLegend(match);
      for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[name="match"]')) radio.checked = radio.value === match;
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
