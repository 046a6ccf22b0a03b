import { describe, expect, it } from 'vitest';
import { percentShares } from './percentShares';

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;

describe('percentShares', () => {
  it('rounds to one decimal by largest remainder and always sums to 100', () => {
    expect(percentShares([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(percentShares([2, 1])).toEqual([66.7, 33.3]);
    expect(percentShares([1, 0, 3])).toEqual([25, 0, 75]);
    for (const counts of [
      [1, 1, 1, 1, 1, 1, 1],
      [13, 7, 5, 1],
      [999, 1, 1],
      [3, 3, 3, 3, 3, 3],
    ])
      expect(sum(percentShares(counts))).toBe(100);
  });
  it('gives zeros when there is nothing to share', () => {
    expect(percentShares([0, 0])).toEqual([0, 0]);
    expect(percentShares([])).toEqual([]);
  });
  it('supports whole percent', () => {
    expect(percentShares([1, 1, 1], 0)).toEqual([34, 33, 33]);
  });
});
