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
});
