import { describe, expect, it } from 'vitest';
import { dateOfDays, dayNumber, stockholmDate } from './stockholmDate';
import { stockholmInstant } from './stockholmInstant';

// Test-only oracle: the runtime's ICU zone data.
const intl = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const wall = (iso: string) => {
  const p = Object.fromEntries(intl.formatToParts(Date.parse(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
};

describe('stockholmInstant', () => {
  it('puts 08:00 Stockholm at 07:00Z in winter and 06:00Z in summer, switching on 2026-03-29 and 2026-10-25', () => {
    expect(stockholmInstant('2026-03-28', '08:00')).toBe('2026-03-28T07:00:00.000Z');
    expect(stockholmInstant('2026-03-29', '08:00')).toBe('2026-03-29T06:00:00.000Z');
    expect(stockholmInstant('2026-10-24', '08:00')).toBe('2026-10-24T06:00:00.000Z');
    expect(stockholmInstant('2026-10-25', '08:00')).toBe('2026-10-25T07:00:00.000Z');
    expect(stockholmInstant('2026-01-01')).toBe('2025-12-31T23:00:00.000Z');
    expect(stockholmInstant('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('resolves the skipped hour in March forward and the repeated hour in October to its first occurrence', () => {
    expect(stockholmInstant('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(stockholmInstant('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z'); // shown as 03:30
    expect(stockholmInstant('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(stockholmInstant('2026-10-25', '01:59')).toBe('2026-10-24T23:59:00.000Z');
    expect(stockholmInstant('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(stockholmInstant('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('agrees with Intl for every day of 2024–2027 at several times, and round-trips through stockholmDate', () => {
    for (let d = dayNumber('2024-01-01'); d <= dayNumber('2027-12-31'); d++) {
      const date = dateOfDays(d);
      for (const time of ['00:00', '01:30', '03:00', '08:00', '16:45', '23:59']) {
        const iso = stockholmInstant(date, time);
        expect(wall(iso), `${date} ${time}`).toBe(`${date} ${time}`);
        expect(stockholmDate(iso)).toBe(date);
      }
    }
  });

  it('refuses an unreadable time or date', () => {
    expect(() => stockholmInstant('2026-03-29', '24:00')).toThrow(RangeError);
    expect(() => stockholmInstant('2026-03-29', '8:00')).toThrow(RangeError);
    expect(() => stockholmInstant('2026-02-29', '08:00')).toThrow(RangeError);
  });
});
