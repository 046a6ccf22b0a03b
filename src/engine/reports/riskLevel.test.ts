import { describe, expect, it } from 'vitest';
import { riskLabel, riskLevel } from './riskLevel';

describe('one risk scale', () => {
  it('bands by the score alone, so 4 is never above 8', () => {
    expect([1, 3, 4, 7, 8, 11, 12, 16].map(riskLevel)).toEqual(['lag', 'lag', 'medel', 'medel', 'hog', 'hog', 'mycket-hog', 'mycket-hog']);
    expect(riskLabel(1, 4)).toBe('4, medel – allvarlig konsekvens, kräver åtgärd');
    expect(riskLabel(4, 2)).toBe('8, hög');
  });
});
