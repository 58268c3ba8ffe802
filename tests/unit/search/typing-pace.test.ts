import { describe, expect, it } from 'vitest';
import { preloadWords, searchDelay } from '../../../src/client/typing-pace.ts';

describe('typing pace', () => {
  it.each([
    { typed: 's', delay: 600, preload: '' },
    { typed: 'sp', delay: 600, preload: '' },
    { typed: 'spe', delay: 150, preload: 'spe' },
    { typed: 'speculative ', delay: 150, preload: 'speculative' },
    { typed: 'speculative d', delay: 600, preload: 'speculative' },
    { typed: 'speculative de', delay: 600, preload: 'speculative' },
    { typed: 'speculative dec', delay: 150, preload: 'speculative dec' },
    { typed: 'OLMo 2', delay: 600, preload: 'OLMo' },
    { typed: '', delay: 150, preload: '' },
  ])('"$typed": search after $delay ms, preload "$preload"', ({ typed, delay, preload }) => {
    expect(searchDelay(typed)).toBe(delay);
    expect(preloadWords(typed)).toBe(preload);
  });
});
