import { describe, expect, it } from 'vitest';
import { customPeriod, halfYearPeriod, inPeriod, quarterPeriod, shiftPeriod, yearPeriod } from '../calendar/Period';

describe('Period', () => {
  it('covers whole years, halves and quarters with inclusive ends', () => {
    expect(yearPeriod(2025)).toMatchObject({ from: '2025-01-01', to: '2025-12-31', label: '2025' });
    expect(halfYearPeriod(2025, 1)).toMatchObject({ from: '2025-01-01', to: '2025-06-30', label: 'Första halvåret 2025' });
    expect(halfYearPeriod(2025, 2)).toMatchObject({ from: '2025-07-01', to: '2025-12-31' });
    expect(quarterPeriod(2024, 1)).toMatchObject({ from: '2024-01-01', to: '2024-03-31', label: 'Kvartal 1 2024' });
    expect(quarterPeriod(2024, 2)).toMatchObject({ from: '2024-04-01', to: '2024-06-30' });
    expect(quarterPeriod(2024, 3)).toMatchObject({ from: '2024-07-01', to: '2024-09-30' });
    expect(quarterPeriod(2024, 4)).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
  });

  it('places boundary dates on the right side', () => {
    const q1 = quarterPeriod(2025, 1);
    expect(inPeriod('2025-03-31', q1)).toBe(true);
    expect(inPeriod('2025-04-01', q1)).toBe(false);
    expect(inPeriod('2024-12-31', q1)).toBe(false);
    const h1 = halfYearPeriod(2025, 1);
    expect(inPeriod('2025-06-30', h1)).toBe(true);
    expect(inPeriod('2025-07-01', h1)).toBe(false);
    const custom = customPeriod('2025-02-10', '2025-02-20');
    expect(['2025-02-09', '2025-02-10', '2025-02-20', '2025-02-21'].map((d) => inPeriod(d, custom))).toEqual([false, true, true, false]);
  });

  it('refuses malformed, impossible and reversed custom ranges in Swedish', () => {
    expect(() => customPeriod('2025-02-30', '2025-03-01')).toThrow('Ogiltigt datum');
    expect(() => customPeriod('2025-1-1', '2025-03-01')).toThrow('Ogiltigt datum');
    expect(() => customPeriod('2025-03-02', '2025-03-01')).toThrow('efter att den slutar');
    expect(() => yearPeriod(20.5)).toThrow('Ogiltigt år');
  });

  it('shifts to the same period in earlier years, moving 29 February to the 28th', () => {
    expect(shiftPeriod(quarterPeriod(2025, 3), -1)).toEqual(quarterPeriod(2024, 3));
    expect(shiftPeriod(halfYearPeriod(2025, 2), -2)).toEqual(halfYearPeriod(2023, 2));
    expect(shiftPeriod(yearPeriod(2025), -2)).toEqual(yearPeriod(2023));
    expect(shiftPeriod(customPeriod('2024-02-01', '2024-02-29'), -1)).toMatchObject({ from: '2023-02-01', to: '2023-02-28' });
  });
});
