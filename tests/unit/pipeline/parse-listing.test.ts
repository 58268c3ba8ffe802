import type { Paragraph } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../../src/pipeline/parse-listing.ts';

const parse = (value: string | Uint8Array) => unified().use(parseListing).parse(new VFile({ path: 'seeds/x.txt', value }));

describe('parse-listing', () => {
  it('makes one paragraph per blank-line-separated block, with positions', () => {
    const tree = parse('Title\n\n  Abstract line one\nline two  \n\n\nNext');
    expect(tree.children.map((node) => [(node as Paragraph).children[0], node.position])).toEqual([
      [{ type: 'text', value: 'Title' }, { start: { line: 1, column: 1 }, end: { line: 1, column: 6 } }],
      [{ type: 'text', value: 'Abstract line one line two' }, { start: { line: 3, column: 3 }, end: { line: 4, column: 9 } }],
      [{ type: 'text', value: 'Next' }, { start: { line: 7, column: 1 }, end: { line: 7, column: 5 } }],
    ]);
  });

  it('reads no Markdown: every character stays a character', () => {
    const text = '# Not a heading *not emphasis* [not](a link) <b>not html</b> {not: jsx} \\ `code` > quote';
    const tree = parse(text);
    expect(tree.children).toHaveLength(1);
    expect((tree.children[0] as Paragraph).children).toEqual([{ type: 'text', value: text }]);
  });

  it('accepts CRLF, lone CR and a BOM, from bytes too', () => {
    const bytes = new TextEncoder().encode('\uFEFFOne\r\ntwo\r\n\r\nThree\rfour');
    expect(parse(bytes).children.map((node) => (node as Paragraph).children[0])).toEqual([
      { type: 'text', value: 'One two' },
      { type: 'text', value: 'Three four' },
    ]);
  });

  it('refuses bytes that are not UTF-8, naming the line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok\nna'), 0xef, 0x76, 0x65]);
    expect(() => parse(bytes)).toThrow('byte 0xEF is not valid UTF-8; save the file as UTF-8');
    try {
      parse(bytes);
    } catch (error) {
      expect(String(error)).toBe('seeds/x.txt:2:3: byte 0xEF is not valid UTF-8; save the file as UTF-8');
    }
  });
});
