import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDays, dayNumber } from './stockholmDate';
import { addWorkingDays, isWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysBetween } from './workingDays';

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-03-13')).toBe(true);
    expect(isWorkingDay('2026-03-14')).toBe(false);
    expect(addWorkingDays('2026-03-13', 1)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-16', -1)).toBe('2026-03-13');
    expect(addWorkingDays('2026-03-14', 1)).toBe('2026-03-16'); // Saturday + 1 is Monday
    expect(addWorkingDays('2026-03-14', 0)).toBe('2026-03-14');
    expect(addWorkingDays('2026-03-09', 10)).toBe('2026-03-23');
    expect(workingDaysBetween('2026-03-13', '2026-03-16')).toBe(1);
    expect(workingDaysBetween('2026-03-16', '2026-03-13')).toBe(-1);
  });

  it('skips midsommar: midsommarafton and midsommardagen are both days off', () => {
    expect(isWorkingDay('2026-06-18')).toBe(true);
    expect(isWorkingDay('2026-06-19')).toBe(false);
    expect(addWorkingDays('2026-06-18', 1)).toBe('2026-06-22');
    expect(addWorkingDays('2026-06-22', -1)).toBe('2026-06-18');
    expect(addWorkingDays('2027-06-24', 1)).toBe('2027-06-28');
    expect(workingDaysBetween('2026-06-17', '2026-06-23')).toBe(3);
  });

  it('skips jul and nyår, and trettondedag jul', () => {
    // 2026: julafton Thursday, juldagen Friday; nyårsafton Thursday, nyårsdagen Friday; 6 January Wednesday.
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-23', 4)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-23', 6)).toBe('2027-01-07');
    expect(addWorkingDays('2027-01-04', -4)).toBe('2026-12-23');
    expect(workingDaysBetween('2026-12-23', '2027-01-07')).toBe(6);
    expect(workingDaysBetween('2026-12-24', '2026-12-27')).toBe(0);
    expect(Object.is(workingDaysBetween('2026-12-27', '2026-12-24'), 0)).toBe(true);
  });

  it('skips Easter, första maj and Kristi himmelsfärdsdag', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-30', 1)).toBe('2026-05-04');
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
  });

  it('snaps to a working day on either side', () => {
    expect(workingDayOnOrBefore('2026-12-27')).toBe('2026-12-23');
    expect(workingDayOnOrAfter('2026-12-27')).toBe('2026-12-28');
    expect(workingDayOnOrBefore('2026-06-19')).toBe('2026-06-18');
    expect(workingDayOnOrAfter('2026-06-19')).toBe('2026-06-22');
    expect(workingDayOnOrBefore('2026-06-22')).toBe('2026-06-22');
  });

  it('refuses non-integer counts and invalid dates', () => {
    expect(() => addWorkingDays('2026-03-13', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => workingDaysBetween('2026-03-13', 'i morgon')).toThrow(RangeError);
  });
});

describe('working-day properties', () => {
  const date = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2100-12-31') }).map(dateOfDays);
  const n = fc.integer({ min: -400, max: 400 });

  it('stepping n working days and back returns to a working day', () => {
    fc.assert(
      fc.property(date.map(workingDayOnOrBefore), n, (d, k) => {
        expect(addWorkingDays(addWorkingDays(d, k), -k)).toBe(d);
      }),
    );
  });

  it('counts back what it added, lands on working days and is antisymmetric', () => {
    fc.assert(
      fc.property(date, n, date, (d, k, other) => {
        const moved = addWorkingDays(d, k);
        if (k !== 0) expect(isWorkingDay(moved)).toBe(true);
        if (k > 0 || isWorkingDay(d)) expect(workingDaysBetween(d, moved)).toBe(k);
        expect(workingDaysBetween(d, other) + workingDaysBetween(other, d)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('counts like walking day by day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -800, max: 800 }), (d, span) => {
        const other = dateOfDays(dayNumber(d) + span);
        const [lo, hi] = span >= 0 ? [dayNumber(d), dayNumber(other)] : [dayNumber(other), dayNumber(d)];
        let walked = 0;
        for (let x = lo + 1; x <= hi; x++) if (isWorkingDay(dateOfDays(x))) walked++;
        expect(workingDaysBetween(d, other)).toBe(span >= 0 || walked === 0 ? walked : -walked);
      }),
      { numRuns: 300 },
    );
  });
});
