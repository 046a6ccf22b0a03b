import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([5])).toBe(5);
  });
  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 2])).toBe(6);
  });
  it('is undefined for no values and leaves its input alone', () => {
    expect(median([])).toBeUndefined();
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });
});
