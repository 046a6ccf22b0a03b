import { describe, expect, it } from 'vitest';
import { countOf } from './format';

describe('countOf', () => {
  it('takes the singular for one and the plural otherwise, with Swedish digit grouping', () => {
    expect(countOf(1, 'ärende', 'ärenden')).toBe('1 ärende');
    expect(countOf(0, 'åtgärd', 'åtgärder')).toBe('0 åtgärder');
    expect(countOf(2, 'är försenat', 'är försenade')).toBe('2 är försenade');
    expect(countOf(12000, 'händelse', 'händelser')).toMatch(/^12\s000 händelser$/);
  });
});
