import { describe, expect, it } from 'vitest';
import { readSearchState, sameSearch, searchStateUrl } from '../../../src/client/search-state.ts';

describe('search state in the address', () => {
  it.each([
    { url: '/search/', state: { query: '', topics: [] } },
    { url: '/search/?q=FastSpeech', state: { query: 'FastSpeech', topics: [] } },
    { url: '/search/?q=+speculative+decoding+', state: { query: 'speculative decoding', topics: [] } },
    { url: '/atlas/search/?q=tts&topic=Speech+%26+audio&topic=Vision+AR', state: { query: 'tts', topics: ['Speech & audio', 'Vision AR'] } },
  ])('reads $url', ({ url, state }) => {
    expect(readSearchState(new URL(url, 'http://site.test'))).toEqual(state);
  });

  it('writes a search back to the same page, dropping anything else in the query string', () => {
    const page = new URL('http://site.test/atlas/search/?q=old&utm=x#top');
    const url = searchStateUrl(page, { query: 'speculative decoding', topics: ['Speech & audio'] });
    expect(url.href).toBe('http://site.test/atlas/search/?q=speculative+decoding&topic=Speech+%26+audio#top');
    expect(readSearchState(url)).toEqual({ query: 'speculative decoding', topics: ['Speech & audio'] });
  });

  it('leaves an empty search as the bare page', () => {
    expect(searchStateUrl(new URL('http://site.test/search/?q=x'), { query: '', topics: [] }).href).toBe('http://site.test/search/');
  });

  it.each([
    { a: { query: 'x', topics: ['A'] }, b: { query: 'x', topics: ['A'] }, same: true },
    { a: { query: 'x', topics: ['A'] }, b: { query: 'x', topics: [] }, same: false },
    { a: { query: 'x', topics: [] }, b: { query: 'y', topics: [] }, same: false },
  ])('$a and $b are the same search: $same', ({ a, b, same }) => {
    expect(sameSearch(a, b)).toBe(same);
  });
});
