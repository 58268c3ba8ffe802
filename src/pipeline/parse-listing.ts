import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { logStage } from './stage-log.ts';

/** ASCII whitespace, the only whitespace a Markdown paragraph itself trims or folds. */
const SPACE = /[\t\n\v\f\r ]+/g;

/**
 * The text of a paragraph as a reader sees it: runs of ASCII whitespace
 * folded to one space and trimmed (as a Markdown paragraph and HTML would
 * show them), and NUL replaced by U+FFFD (as CommonMark and HTML require).
 * Serializing this text is then lossless.
 */
export function normalizeText(text: string): string {
  return text.replace(SPACE, ' ').trim().replaceAll('\0', '\uFFFD');
}

/**
 * Decode UTF-8 strictly; on a bad byte, fail naming its line and column so the
 * seed can be fixed, instead of showing U+FFFD in a page.
 */
function decodeStrict(bytes: Uint8Array, file: VFile): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Feed one byte at a time to find the first sequence that is not UTF-8.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let column = 1;
    let sequenceStart = 0;
    for (let index = 0; index < bytes.length; index++) {
      let chunk: string;
      try {
        chunk = decoder.decode(bytes.subarray(index, index + 1), { stream: index + 1 < bytes.length });
      } catch {
        const hex = bytes[sequenceStart]!.toString(16).toUpperCase().padStart(2, '0');
        file.fail(`byte 0x${hex} is not valid UTF-8; save the file as UTF-8`, { line, column });
      }
      if (chunk === '') continue;
      sequenceStart = index + 1;
      for (const character of chunk) {
        if (character === '\n') [line, column] = [line + 1, 1];
        else column += character.length;
      }
    }
    file.fail('the file is not valid UTF-8; save the file as UTF-8', { line, column });
  }
}

/**
 * Parse a plain-text listing into an mdast root of paragraphs. Nothing in
 * the text is Markdown: `*`, `#`, `<`, `{` and backslashes stay characters.
 * Blank lines separate paragraphs; the lines of a hard-wrapped paragraph are
 * joined with a space. CRLF, lone CR and a UTF-8 BOM are accepted.
 */
export const parseListing: Plugin<[], string, Root> = function () {
  this.parser = (document: string, file: VFile): Root => {
    const text = (file.value instanceof Uint8Array ? decodeStrict(file.value, file) : document).replace(/^\uFEFF/, '');
    const lines = text.split(/\r\n|\r|\n/);
    const children: Paragraph[] = [];
    let open: { parts: string[]; start: { line: number; column: number }; end: { line: number; column: number } } | undefined;
    const close = (): void => {
      if (!open) return;
      children.push({
        type: 'paragraph',
        children: [{ type: 'text', value: normalizeText(open.parts.join(' ')) }],
        position: { start: open.start, end: open.end },
      });
      open = undefined;
    };
    lines.forEach((content, index) => {
      const line = index + 1;
      const first = content.search(/[^\t\n\v\f\r ]/);
      if (first === -1) return close();
      const end = { line, column: content.trimEnd().length + 1 };
      if (open) {
        open.parts.push(content);
        open.end = end;
      } else {
        open = { parts: [content], start: { line, column: first + 1 }, end };
      }
    });
    close();
    logStage(file, 'parse-listing', `${lines.length} lines in, ${children.length} paragraphs out`);
    return { type: 'root', children };
  };
};
