import { describe, expect, it } from 'vitest';
import { readSearchState, sameSearch, searchStateUrl, type SearchState } from '../../../src/client/search-state.ts';

describe('search state in the address', () => {
  it.each([
    { url: '/search/', state: { query: '', topics: [], match: 'all' } },
    { url: '/search/?q=FastSpeech', state: { query: 'FastSpeech', topics: [], match: 'all' } },
    { url: '/search/?q=+speculative+decoding+', state: { query: 'speculative decoding', topics: [], match: 'all' } },
    { url: '/atlas/search/?q=tts&topic=Speech+%26+audio&topic=Vision+AR', state: { query: 'tts', topics: ['Speech & audio', 'Vision AR'], match: 'all' } },
  ])('reads $url', ({ url, state }) => {
    expect(readSearchState(new URL(url, 'http://site.test'))).toEqual(state);
  });

  it('writes a search back to the same page, dropping anything else in the query string', () => {
    const page = new URL('http://site.test/atlas/search/?q=old&utm=x#top');
    const url = searchStateUrl(page, { query: 'speculative decoding', topics: ['Speech & audio'], match: 'all' });
    expect(url.href).toBe('http://site.test/atlas/search/?q=speculative+decoding&topic=Speech+%26+audio#top');
    expect(readSearchState(url)).toEqual({ query: 'speculative decoding', topics: ['Speech & audio'], match: 'all' });
  });

  it('writes widening (match=any) and reads it back; narrowing is the default and goes unwritten', () => {
    const page = new URL('http://site.test/search/');
    const widened = searchStateUrl(page, { query: 'tts', topics: ['A', 'B'], match: 'any' });
    expect(widened.search).toBe('?q=tts&topic=A&topic=B&match=any');
    expect(readSearchState(widened)).toEqual({ query: 'tts', topics: ['A', 'B'], match: 'any' });
    expect(readSearchState(new URL('/search/?q=tts&match=every', page))).toEqual({ query: 'tts', topics: [], match: 'all' });
    expect(sameSearch({ query: 'x', topics: ['A'], match: 'all' }, { query: 'x', topics: ['A'], match: 'any' })).toBe(false);
  });

  it('leaves an empty search as the bare page', () => {
    expect(searchStateUrl(new URL('http://site.test/search/?q=x'), { query: '', topics: [], match: 'all' }).href).toBe('http://site.test/search/');
  });

  it.each<{ a: SearchState; b: SearchState; same: boolean }>([
    { a: { query: 'x', topics: ['A'], match: 'all' }, b: { query: 'x', topics: ['A'], match: 'all' }, same: true },
    { a: { query: 'x', topics: ['A'], match: 'all' }, b: { query: 'x', topics: [], match: 'all' }, same: false },
    { a: { query: 'x', topics: [], match: 'all' }, b: { query: 'y', topics: [], match: 'all' }, same: false },
  ])('$a and $b are the same search: $same', ({ a, b, same }) => {
    expect(sameSearch(a, b)).toBe(same);
  });
});
