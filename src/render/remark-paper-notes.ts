import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { notesMarkerIndex } from '../format/paper-file.ts';

/** The JSX element the notes are wrapped in; the paper page maps it to a component. */
export const NOTES_ELEMENT = 'PaperNotes';

/**
 * Render-time remark plugin: in a paper's MDX, wrap the contributor notes
 * (everything below the notes marker) in `<PaperNotes>`, so the page can show
 * them apart from the abstract. Finds the marker with the paper reader's own
 * notesMarkerIndex (src/format/paper-file.ts).
 * Headings in the notes move one level down, below the section's own h2.
 * Files without the marker, or with nothing below it, are left as they are.
 */
export function remarkPaperNotes() {
  return (tree: Root): void => {
    const index = notesMarkerIndex(tree.children);
    if (index === -1) return;
    const notes = tree.children.slice(index + 1);
    for (const note of notes) {
      visit(note, 'heading', (heading) => {
        heading.depth = Math.min(heading.depth + 1, 6) as typeof heading.depth;
      });
    }
    const wrapper: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: NOTES_ELEMENT,
      attributes: [],
      children: notes as MdxJsxFlowElement['children'],
    };
    tree.children.splice(index, tree.children.length - index, ...(notes.length > 0 ? [wrapper] : []));
  };
}
