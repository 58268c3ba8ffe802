import { describe, expect, it } from 'vitest';
import { readTopicMatch, topicFilter, topicLegend, topicList } from '../../../src/client/topic-filter.ts';

describe('the topic filter narrows or widens, and says which', () => {
  it('narrows unless the address says to widen', () => {
    expect(readTopicMatch(null)).toBe('all');
    expect(readTopicMatch('any')).toBe('any');
    expect(readTopicMatch('every')).toBe('all');
  });

  it('asks Pagefind for results on all, or any, of the ticked topics', () => {
    expect(topicFilter(['Vision AR', 'Fast inference'], 'all')).toEqual({ topic: { all: ['Vision AR', 'Fast inference'] } });
    expect(topicFilter(['Vision AR', 'Fast inference'], 'any')).toEqual({ topic: { any: ['Vision AR', 'Fast inference'] } });
    expect(topicFilter([], 'all')).toBeUndefined();
  });

  it('names the ticked topics with "and" when narrowing, "or" when widening', () => {
    expect(topicLegend('all')).toBe('Only results on all the ticked topics');
    expect(topicLegend('any')).toBe('Results on any of the ticked topics');
    expect(topicList(['A', 'B', 'C'], 'all')).toBe('A, B and C');
    expect(topicList(['A', 'B'], 'any')).toBe('A or B');
    expect(topicList(['A'], 'any')).toBe('A');
  });
});
