import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/pipeline/find-identifiers.ts';
import { findScholarlyIds, isArxivId, isDoi } from '../../../src/util/scholarly-ids.ts';

describe('isArxivId', () => {
  it.each([
    ['2410.03355', true],
    ['0704.0001', true],
    ['1412.6980', true],
    ['1501.00001', true],
    ['hep-th/9901001', true],
    ['math.GT/0309136', true],
    ['cs/0703001', true],
    ['2410.03355v2', false],
    ['2413.00001', false],
    ['2410.0335', false],
    ['1412.69801', false],
    ['1501.0001', false],
    ['0612.0001', false],
    ['hep-th/9913001', false],
    ['hep-th/0801001', false],
    ['HEP-TH/9901001', false],
    ['arXiv:2410.03355', false],
  ])('%s → %s', (id, valid) => {
    expect(isArxivId(id)).toBe(valid);
  });
});

describe('isDoi', () => {
  it.each([
    ['10.1145/3366423.3380211', true],
    ['10.1016/S0140-6736(20)30183-5', true],
    ['10.48550/arXiv.2410.03355', true],
    ['1145/3366423', false],
    ['10.12/short-registrant', false],
    ['10.1145/has space', false],
  ])('%s → %s', (doi, valid) => {
    expect(isDoi(doi)).toBe(valid);
  });
});

describe('findScholarlyIds', () => {
  it.each([
    ['Available as arXiv:2411.01234v2.', ['2411.01234'], []],
    ['see arXiv: 2411.01234 for details', ['2411.01234'], []],
    ['Paper: https://arxiv.org/abs/2411.01234v1, code: https://github.com/a/b', ['2411.01234'], []],
    ['PDF at https://arxiv.org/pdf/2411.01234v3.pdf and https://arxiv.org/abs/2411.01234', ['2411.01234'], []],
    ['https://export.arxiv.org/abs/hep-th/9901001v2', ['hep-th/9901001'], []],
    ['arXiv:math.GT/0309136', ['math.GT/0309136'], []],
    ['DOI https://doi.org/10.1145/3366423.3380211.', [], ['10.1145/3366423.3380211']],
    ['(doi:10.1016/S0140-6736(20)30183-5)', [], ['10.1016/S0140-6736(20)30183-5']],
    ['https://dx.doi.org/10.1000/a%2Fb, then text', [], ['10.1000/a/b']],
    ['https://doi.org/10.48550/arXiv.2411.01234', ['2411.01234'], []],
    ['compare arXiv:2401.00001 with arXiv:2402.00002', ['2401.00001', '2402.00002'], []],
    // Not identifiers: no arXiv prefix, a six-digit number, a month 13, a version-like number elsewhere.
    ['ImageNet 2411.01234 and 1.75x', [], []],
    ['arXiv:2411.012345', [], []],
    ['arXiv:2413.01234', [], []],
    ['the arXiv dataset of 2 million papers', [], []],
  ])('%s', (text, arxiv, doi) => {
    expect(findScholarlyIds(text)).toEqual({ arxiv, doi });
  });
});

/** Run find-identifiers alone on one listed paper (as extract-links leaves it). */
async function identify(title: string, abstract: string) {
  const file = new VFile({ path: 'seeds/x.txt' });
  const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }], position: { start: { line: 3, column: 1 }, end: { line: 3, column: 2 } } });
  const [paper] = findIdentifiers([{ title: paragraph(title), abstract: paragraph(abstract), links: [], seed: file }], file);
  return { paper: paper!, messages: file.messages.map(String) };
}

describe('find-identifiers', () => {
  it('fills arxiv and doi from the title and abstract, version dropped', async () => {
    const { paper, messages } = await identify('A Paper arXiv:2411.01234v2', 'An abstract; published as https://doi.org/10.1145/3366423.3380211.');
    expect([paper.arxiv, paper.doi]).toEqual(['2411.01234', '10.1145/3366423.3380211']);
    expect(messages).toEqual([]);
  });

  it('fills nothing when the text names two ids of a kind, and says why', async () => {
    const { paper, messages } = await identify('A Paper', 'We build on arXiv:2401.00001 and arXiv:2402.00002 and https://arxiv.org/abs/2402.00002v3.');
    expect(paper.arxiv).toBeUndefined();
    expect(messages).toEqual([
      'seeds/x.txt:3:1-3:2: "A Paper" names 2 different arXiv ids (2401.00001, 2402.00002), so ingest fills in none; set `arxiv` in its paper file by hand',
    ]);
  });
});
