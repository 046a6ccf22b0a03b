import { describe, expect, it } from 'vitest';
import { stockholmDate } from '../calendar/stockholmDate';
import { dueFrom } from './dates';

describe('dueFrom', () => {
  it('ends a deadline counted in whole days at midnight in Stockholm, in summer and in winter time', () => {
    // Two months from an anmälan sent on 13 March: the komplettering is due by the end of 13 May (CEST).
    const summer = dueFrom({ at: '2026-03-13T00:00:00.000Z', wholeDays: true }, 0, 2);
    expect(summer).toBe('2026-05-13T21:59:59.999Z');
    expect(stockholmDate(summer)).toBe('2026-05-13');
    // Across the change to summer time (29 March): 14 days from 19 March end on 2 April, 22:00Z.
    expect(dueFrom({ at: '2026-03-19T00:00:00.000Z', wholeDays: true }, 14)).toBe('2026-04-02T21:59:59.999Z');
    // Winter time: 2 December + 7 days ends at 23:00Z on the 9th.
    expect(stockholmDate(dueFrom({ at: '2026-12-02T00:00:00.000Z', wholeDays: true }, 7))).toBe('2026-12-09');
    expect(dueFrom({ at: '2026-12-02T00:00:00.000Z', wholeDays: true }, 7)).toBe('2026-12-09T22:59:59.999Z');
    // 31 March + 1 month: the last day of April.
    expect(stockholmDate(dueFrom({ at: '2026-03-31T00:00:00.000Z', wholeDays: true }, 0, 1))).toBe('2026-04-30');
  });

  it("counts from an event's own instant exactly when no date was recorded", () => {
    expect(dueFrom({ at: '2026-03-13T09:15:00.000Z', wholeDays: false }, 1)).toBe('2026-03-14T09:15:00.000Z');
  });

  it('counts working days in Stockholm to the end of the last one, past weekends and public holidays (issue 27)', () => {
    // A rapport on Friday 4 December at 15:00, three working days: due at the end of Wednesday 9 December.
    expect(dueFrom({ at: '2026-12-04T14:00:00.000Z', wholeDays: false }, 3, 0, true)).toBe('2026-12-09T22:59:59.999Z');
    // 23:30 on Friday in Stockholm (22:30Z) is still Friday: one working day is Monday the 7th.
    expect(dueFrom({ at: '2026-12-04T22:30:00.000Z', wholeDays: false }, 1, 0, true)).toBe('2026-12-07T22:59:59.999Z');
    // Over Christmas: from Wednesday 23 December, two working days are 28 and 29 December.
    expect(stockholmDate(dueFrom({ at: '2026-12-23T00:00:00.000Z', wholeDays: true }, 2, 0, true))).toBe('2026-12-29');
    // The same two days in calendar days end on Christmas Day.
    expect(stockholmDate(dueFrom({ at: '2026-12-23T00:00:00.000Z', wholeDays: true }, 2))).toBe('2026-12-25');
  });
});
