import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The class of the scroll container; src/styles/global.css gives it its overflow. */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/** The text of a node, as a screen reader would read it in a label. */
function textOf(node: Element): string {
  const parts: string[] = [];
  visit(node, 'text', (text) => void parts.push(text.value));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** What a table is called: by its column headings (a Markdown table has no caption), else plainly "Table". */
function tableLabel(table: Element): string {
  const headings: string[] = [];
  visit(table, 'element', (cell) => {
    if (cell.tagName === 'th' && textOf(cell)) headings.push(textOf(cell));
  });
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

/**
 * Render-time rehype plugin: wrap every table of a Markdown or MDX body
 * (contributor notes, topic prose) in a container that scrolls sideways,
 * so a wide table scrolls on a phone instead of widening the page. A
 * scrolling region must be reachable from the keyboard and named for screen
 * readers (axe's scrollable-region-focusable): the container is focusable
 * (`tabindex="0"`) and a region labelled by the table's column headings.
 * Markdown tables only: raw HTML and JSX stay as their author wrote them.
 */
export function rehypeTableScroll() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: [TABLE_SCROLL_CLASS], role: 'region', tabIndex: 0, ariaLabel: tableLabel(node) },
        children: [node],
      };
      // Go on after the wrapper: the table inside it is done.
      return [SKIP, index + 1];
    });
  };
}
