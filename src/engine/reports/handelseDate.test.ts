import { describe, expect, it } from 'vitest';
import { handelseDateOf } from '../calendar/handelseDate';

describe('handelseDateOf', () => {
  it('takes a plain date as it is and rejects impossible ones', () => {
    expect(handelseDateOf('2025-12-30')).toBe('2025-12-30');
    expect(handelseDateOf('2025-02-29')).toBeUndefined();
    expect(handelseDateOf('30/12/2025')).toBeUndefined();
    expect(handelseDateOf(undefined)).toBeUndefined();
    expect(handelseDateOf(20251230)).toBeUndefined();
  });

  it('gives the Stockholm date of an instant with a zone, in winter and summer time', () => {
    expect(handelseDateOf('2025-12-31T23:30:00+01:00')).toBe('2025-12-31');
    expect(handelseDateOf('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    expect(handelseDateOf('2025-06-30T22:30:00.000Z')).toBe('2025-07-01');
    expect(handelseDateOf('2025-06-30T23:59+02:00')).toBe('2025-06-30');
  });

  it("places a year (a riskregister's) on its first day, and nothing else that is a number", () => {
    expect(handelseDateOf(2020)).toBe('2020-01-01');
    expect(handelseDateOf(2020.5)).toBeUndefined();
    expect(handelseDateOf(1850)).toBeUndefined();
  });

  it('reads a time without zone as Swedish wall-clock time', () => {
    expect(handelseDateOf('2025-12-31T23:30')).toBe('2025-12-31');
    expect(handelseDateOf('2025-13-31T23:30')).toBeUndefined();
  });
});
