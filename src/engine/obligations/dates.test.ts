import { describe, expect, it } from 'vitest';
import { addDuration } from './dates';

describe('addDuration', () => {
  it('adds calendar months and clamps to the end of shorter months', () => {
    expect(addDuration('2026-01-31T10:00:00.000Z', 0, 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(addDuration('2026-12-15T10:00:00.000Z', 0, 2)).toBe('2027-02-15T10:00:00.000Z');
  });
  it('adds days across a year boundary', () => {
    expect(addDuration('2026-12-30T23:00:00.000Z', 14)).toBe('2027-01-13T23:00:00.000Z');
  });
  it('refuses a broken timestamp', () => {
    expect(() => addDuration('inte ett datum', 1)).toThrow('Ogiltig tidpunkt');
  });
});
