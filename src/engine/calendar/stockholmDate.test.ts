import { describe, expect, it } from 'vitest';
import { dateOfDays, dayNumber, daysBetweenDates, isoToMs, stockholmDate } from './stockholmDate';

const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('stockholmDate', () => {
  it('moves late UTC evenings to the next Swedish day, in winter (+1 h) and summer (+2 h)', () => {
    expect(stockholmDate('2025-12-31T22:59:59.999Z')).toBe('2025-12-31');
    expect(stockholmDate('2025-12-31T23:00:00.000Z')).toBe('2026-01-01');
    expect(stockholmDate('2025-06-30T21:59:59.999Z')).toBe('2025-06-30');
    expect(stockholmDate('2025-06-30T22:00:00.000Z')).toBe('2025-07-01');
  });

  it('switches offset at 01:00 UTC on the last Sundays of March and October', () => {
    // 2025-03-30 and 2025-10-26 are the switch days.
    expect(stockholmDate('2025-03-29T23:00:00.000Z')).toBe('2025-03-30');
    expect(stockholmDate('2025-10-25T22:00:00.000Z')).toBe('2025-10-26');
    expect(stockholmDate('2025-10-26T22:30:00.000Z')).toBe('2025-10-26');
    expect(stockholmDate('2025-10-26T23:00:00.000Z')).toBe('2025-10-27');
  });

  it('agrees with Intl for 5000 instants spread over 1981–2045', () => {
    const start = Date.UTC(1981, 0, 1);
    const span = Date.UTC(2045, 0, 1) - start;
    for (let i = 0; i < 5000; i++) {
      // A deterministic spread, with extra instants just around whole hours.
      const ms = start + Math.floor((span * ((i * 7919) % 5000)) / 5000) + (i % 3) * 1800_000;
      const iso = new Date(ms).toISOString();
      expect(stockholmDate(iso), iso).toBe(intl.format(ms));
    }
  });

  it('keeps plain dates, reads offsets through Date.parse and gives undefined for nonsense', () => {
    expect(stockholmDate('2025-05-05')).toBe('2025-05-05');
    expect(stockholmDate('2026-03-12T19:00:00+01:00')).toBe('2026-03-12');
    expect(stockholmDate('inte ett datum')).toBeUndefined();
  });
});

describe('isoToMs and day arithmetic', () => {
  it('parses the engine format like Date.parse', () => {
    for (const iso of ['1970-01-01T00:00:00.000Z', '2024-02-29T12:34:56.789Z', '2099-12-31T23:59:59.999Z', '1969-07-20T20:17:40.000Z'])
      expect(isoToMs(iso)).toBe(Date.parse(iso));
  });

  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(daysBetweenDates('2025-12-31', '2026-01-02')).toBe(2);
    expect(daysBetweenDates('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetweenDates('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetweenDates('2026-01-02', '2025-12-31')).toBe(-2);
    expect(dateOfDays(dayNumber('2000-02-29'))).toBe('2000-02-29');
    expect(dateOfDays(0)).toBe('1970-01-01');
  });
});
