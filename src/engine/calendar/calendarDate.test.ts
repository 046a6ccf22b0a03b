import { describe, expect, it } from 'vitest';
import { addDays, addMonths, checkedDate, isoWeekday } from './calendarDate';

describe('calendar dates', () => {
  it('adds months the way lag (1930:173) 1 § counts them: same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', -1)).toBe('2026-04-30');
    expect(addMonths('2026-12-15', 2)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-04-22', 2)).toBe('2026-06-22');
    expect(addMonths('2026-06-22', 0)).toBe('2026-06-22');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  it('gives ISO weekdays', () => {
    expect(isoWeekday('2026-06-19')).toBe(5); // midsommarafton, a Friday
    expect(isoWeekday('2026-06-20')).toBe(6);
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('refuses what is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '2026-03-29T08:00:00.000Z', ''])
      expect(() => checkedDate(bad), bad).toThrow(RangeError);
    expect(checkedDate('2024-02-29')).toBe('2024-02-29');
  });
});
