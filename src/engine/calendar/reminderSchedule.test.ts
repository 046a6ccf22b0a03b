import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDays, dayNumber, stockholmDate } from './stockholmDate';
import { addMonths } from './calendarDate';
import type { ReminderRule } from './reminderSchedule';
import { reminderSchedule } from './reminderSchedule';
import { stockholmInstant } from './stockholmInstant';
import { isWorkingDay, workingDayOnOrAfter } from './workingDays';

/** The two-month komplettering to IVO is reminded at one month, two weeks and three days before. */
const komplettering: ReminderRule[] = [{ months: 1 }, { weeks: 2 }, { days: 3 }];
const moments = (deadline: string, rules: readonly ReminderRule[], time?: string) =>
  reminderSchedule(deadline, rules, time ? { time } : {}).map((r) => r.at);

describe('reminderSchedule', () => {
  it('reminds 2 working days before, across a weekend', () => {
    expect(moments('2026-03-17', [{ workingDaysBefore: 2 }])).toEqual(['2026-03-13T07:00:00.000Z']); // Tuesday → Friday
    expect(moments('2026-03-15', [{ workingDaysBefore: 2 }])).toEqual(['2026-03-12T07:00:00.000Z']); // a Sunday deadline
  });

  it('keeps 08:00 Stockholm across the change to and from summer time', () => {
    // Deadline Wednesday 1 April: 2 working days before is Monday 30 March, the day after the change.
    expect(moments('2026-04-01', [{ workingDaysBefore: 2 }])).toEqual(['2026-03-30T06:00:00.000Z']);
    expect(moments('2026-03-31', [{ workingDaysBefore: 2 }])).toEqual(['2026-03-27T07:00:00.000Z']);
    expect(moments('2026-10-28', [{ workingDaysBefore: 2 }])).toEqual(['2026-10-26T07:00:00.000Z']);
    expect(moments('2026-10-27', [{ workingDaysBefore: 2 }])).toEqual(['2026-10-23T06:00:00.000Z']);
  });

  it('schedules the komplettering for a deadline two months after the anmälan, across summer time', () => {
    const deadline = addMonths('2026-02-02', 2); // Thursday 2 April (skärtorsdagen, a working day)
    expect(deadline).toBe('2026-04-02');
    expect(reminderSchedule(deadline, komplettering)).toEqual([
      { date: '2026-03-02', at: '2026-03-02T07:00:00.000Z', rules: [{ months: 1 }] },
      { date: '2026-03-19', at: '2026-03-19T07:00:00.000Z', rules: [{ weeks: 2 }] },
      { date: '2026-03-30', at: '2026-03-30T06:00:00.000Z', rules: [{ days: 3 }] },
    ]);
  });

  it('moves reminders on midsommar to the working day before', () => {
    const deadline = addMonths('2026-04-22', 2); // Monday 22 June, after midsommarhelgen
    expect(moments(deadline, komplettering)).toEqual([
      '2026-05-22T06:00:00.000Z', // one month: Friday 22 May
      '2026-06-08T06:00:00.000Z', // two weeks: Monday 8 June
      '2026-06-18T06:00:00.000Z', // three days: midsommarafton 19 June → Thursday 18 June
    ]);
    expect(moments(deadline, [{ workingDaysBefore: 1 }])).toEqual(['2026-06-18T06:00:00.000Z']);
  });

  it('moves reminders on jul to the working day before; the deadline itself may move forward by lag (1930:173)', () => {
    const deadline = addMonths('2026-10-27', 2); // Sunday 27 December
    expect(moments(deadline, komplettering)).toEqual([
      '2026-11-27T07:00:00.000Z', // one month: Friday 27 November
      '2026-12-11T07:00:00.000Z', // two weeks: Sunday 13 December → Friday 11 December
      '2026-12-23T07:00:00.000Z', // three days: julafton → Wednesday 23 December
    ]);
    expect(workingDayOnOrAfter(deadline)).toBe('2026-12-28');
    // Nyår: 2 working days before Monday 4 January 2027 skips nyårsdagen and nyårsafton.
    expect(moments('2027-01-04', [{ workingDaysBefore: 2 }])).toEqual(['2026-12-29T07:00:00.000Z']);
  });

  it('counts months calendar-correctly: one month before 31 March is the last day of February', () => {
    expect(reminderSchedule('2027-03-31', [{ months: 1 }])[0]?.date).toBe('2027-02-26'); // Sunday 28 Feb → Friday 26
    expect(reminderSchedule('2024-03-31', [{ months: 1 }])[0]?.date).toBe('2024-02-29');
  });

  it('merges rules that meet on one day, at the configured time, and reads an instant as its Stockholm date', () => {
    expect(reminderSchedule('2026-12-28', [{ days: 3 }, { workingDaysBefore: 1 }], { time: '09:30' })).toEqual([
      { date: '2026-12-23', at: '2026-12-23T08:30:00.000Z', rules: [{ days: 3 }, { workingDaysBefore: 1 }] },
    ]);
    // 00:30 on 22 June in Stockholm is still 21 June in UTC.
    expect(moments('2026-06-21T22:30:00.000Z', [{ workingDaysBefore: 1 }])).toEqual(['2026-06-18T06:00:00.000Z']);
    expect(reminderSchedule('2026-06-22', [])).toEqual([]);
  });

  it('refuses rules that do not point before the deadline', () => {
    for (const rule of [{}, { days: 0 }, { workingDaysBefore: 0 }, { days: -1 }, { weeks: 1.5 }, { workingDaysBefore: 2, days: 1 }])
      expect(() => reminderSchedule('2026-06-22', [rule as ReminderRule]), JSON.stringify(rule)).toThrow(RangeError);
    expect(() => reminderSchedule('snart', [{ days: 1 }])).toThrow(RangeError);
  });

  it('always lands on a working day before the deadline, at 08:00 Stockholm', () => {
    const rule = fc.oneof(
      fc.record({ workingDaysBefore: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ months: fc.integer({ min: 0, max: 3 }), weeks: fc.integer({ min: 0, max: 4 }), days: fc.integer({ min: 1, max: 10 }) }),
    );
    const deadline = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2060-12-31') }).map(dateOfDays);
    fc.assert(
      fc.property(deadline, fc.array(rule, { maxLength: 4 }), (due, rules) => {
        const schedule = reminderSchedule(due, rules);
        expect(schedule.flatMap((r) => r.rules)).toHaveLength(rules.length);
        for (const r of schedule) {
          expect(isWorkingDay(r.date)).toBe(true);
          expect(r.date < due).toBe(true);
          expect(r.at).toBe(stockholmInstant(r.date, '08:00'));
          expect(stockholmDate(r.at)).toBe(r.date);
        }
      }),
    );
  });
});
