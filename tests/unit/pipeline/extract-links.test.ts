import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { classifyLink, cleanUrl, extractLinks } from '../../../src/pipeline/extract-links.ts';

describe('cleanUrl', () => {
  it.each([
    ['https://github.com/hustvl/ControlAR.', 'https://github.com/hustvl/ControlAR', '.'],
    ['https://parti.research.google/', 'https://parti.research.google/', ''],
    ['https://github.com/Pepperlll/LMforImageGeneration.git.', 'https://github.com/Pepperlll/LMforImageGeneration', '.'],
    ['https://github.com/NVIDIA/Megatron-LM#retro.', 'https://github.com/NVIDIA/Megatron-LM#retro', '.'],
    ['https://example.org/a_(b)', 'https://example.org/a_(b)', ''],
    ['https://example.org/a),', 'https://example.org/a', '),'],
    ['https://example.org/x?q=1!"', 'https://example.org/x?q=1', '!"'],
  ])('%s → %s then %j', (raw, url, after) => {
    expect(cleanUrl(raw)).toEqual({ url, after });
  });
});

describe('classifyLink', () => {
  it.each([
    ['https://github.com/magenta/ddsp', 'code'],
    ['https://gitlab.com/a/b', 'code'],
    ['https://mobilespeech.github.io/', 'project'],
    ['https://pages.cs.huji.ac.il/adiyoss-lab/MAGNeT', 'project'],
    ['https://parti.research.google/', 'project'],
    ['http://aka.ms/arlon', 'other'],
    ['https://arxiv.org/abs/2401.00001', 'other'],
    ['https://example.org/paper.pdf', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(classifyLink(url)).toBe(kind);
  });
});

/** Run extract-links alone on an abstract. */
async function linksOf(text: string) {
  const file = new VFile({ path: 'seeds/x.txt' });
  const abstract = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] };
  const [linked] = extractLinks([{ title: { type: 'paragraph', children: [{ type: 'text', value: 'T' }] }, abstract, seed: file }], file);
  return { links: linked!.links, nodes: abstract.children, text: toString(abstract) };
}

describe('extract-links', () => {
  it('makes link nodes of http(s) addresses, with the sentence around them kept', async () => {
    const { links, nodes, text } = await linksOf('Code at [https://github.com/a/b] and https://a.github.io/p. Twice: https://github.com/a/b.');
    expect(links).toEqual([
      { url: 'https://github.com/a/b', kind: 'code' },
      { url: 'https://a.github.io/p', kind: 'project' },
    ]);
    expect(nodes.map((node) => node.type)).toEqual(['text', 'link', 'text', 'link', 'text', 'link', 'text']);
    expect(text).toBe('Code at [https://github.com/a/b] and https://a.github.io/p. Twice: https://github.com/a/b.');
  });

  it('drops the {this https URL} placeholder', async () => {
    const { links, text } = await linksOf('Code is at https://github.com/a/b/blob/x.md{this https URL}.');
    expect(links).toEqual([{ url: 'https://github.com/a/b/blob/x.md', kind: 'code' }]);
    expect(text).toBe('Code is at https://github.com/a/b/blob/x.md.');
  });

  it('never links anything but http(s)', async () => {
    const { links, nodes } = await linksOf('javascript:alert(1) data:text/html,<b> ftp://x.org/a www.example.org mailto:a@b.org file:///etc/passwd');
    expect(links).toEqual([]);
    expect(nodes.map((node) => node.type)).toEqual(['text']);
  });
});
