import { describe, expect, it } from 'vitest';
import { identifiesPaper, paperLinks, paperSearches } from '../../../src/site/find-paper.ts';
import { shortNameLabel } from '../../../src/site/short-name-label.ts';

describe('paperLinks', () => {
  it.each([
    [{ arxiv: '2410.03355' }, [['arXiv', 'https://arxiv.org/abs/2410.03355'], ['PDF', 'https://arxiv.org/pdf/2410.03355']]],
    [{ arxiv: 'hep-th/9901001' }, [['arXiv', 'https://arxiv.org/abs/hep-th/9901001'], ['PDF', 'https://arxiv.org/pdf/hep-th/9901001']]],
    [{ doi: '10.1016/S0140-6736(20)30183-5' }, [['DOI', 'https://doi.org/10.1016/S0140-6736(20)30183-5']]],
    [{ doi: '10.1000/a#b?c d' }, [['DOI', 'https://doi.org/10.1000/a%23b%3Fc%20d']]],
    [{ arxiv: '2410.03355', doi: '10.1145/3366423.3380211' }, [['arXiv', 'https://arxiv.org/abs/2410.03355'], ['PDF', 'https://arxiv.org/pdf/2410.03355'], ['DOI', 'https://doi.org/10.1145/3366423.3380211']]],
    [{}, []],
  ])('%j', (ids, expected) => {
    expect(paperLinks(ids).map((link) => [link.label, link.url])).toEqual(expected);
  });
});

describe('identifiesPaper', () => {
  it.each([
    ['https://arxiv.org/abs/2410.03355v2', { arxiv: '2410.03355' }, true],
    ['https://arxiv.org/pdf/2410.03355', { arxiv: '2410.03355' }, true],
    ['https://arxiv.org/abs/2401.00001', { arxiv: '2410.03355' }, false],
    ['https://doi.org/10.1145/3366423.3380211', { doi: '10.1145/3366423.3380211' }, true],
    ['https://github.com/a/b', { arxiv: '2410.03355' }, false],
    ['https://arxiv.org/abs/2410.03355', {}, false],
  ])('%s for %j → %s', (url, ids, expected) => {
    expect(identifiesPaper(url, ids)).toBe(expected);
  });
});

describe('paperSearches', () => {
  it('searches arXiv, Semantic Scholar and Google Scholar for the exact title', () => {
    const title = 'FastSpeech: Fast, Robust & "Controllable" Text to Speech?';
    const searches = paperSearches(title);
    expect(searches.map((link) => link.label)).toEqual(['arXiv', 'Semantic Scholar', 'Google Scholar']);
    expect(searches.map((link) => new URL(link.url)).map((url) => [url.host, url.searchParams.get('query') ?? url.searchParams.get('q')])).toEqual([
      ['arxiv.org', `"${title}"`],
      ['www.semanticscholar.org', `"${title}"`],
      ['scholar.google.com', `"${title}"`],
    ]);
    expect(new URL(searches[0]!.url).searchParams.get('searchtype')).toBe('title');
  });
});

describe('shortNameLabel', () => {
  it.each([
    ['LANTERN', 'LANTERN: Accelerating Visual Autoregressive Models', undefined],
    ['FastSpeech 2', 'FastSpeech 2: Fast and High-Quality End-to-End Text to Speech', undefined],
    ['Momentum Decoding', 'Momentum Decoding: Open-ended Text Generation As Graph Exploration', undefined],
    ['DD1', 'Distilled Decoding 1: One-step Sampling of Image Auto-regressive Models', 'DD1'],
    ['Fast', 'FastSpeech: Fast, Robust and Controllable Text to Speech', 'Fast'],
    [undefined, 'A Title', undefined],
  ])('%s beside "%s" → %s', (shortName, title, expected) => {
    expect(shortNameLabel(shortName, title)).toBe(expected);
  });
});
