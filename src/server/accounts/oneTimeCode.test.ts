import { describe, expect, it } from 'vitest';
import { newOneTimeCode, oneTimeCodeForm, oneTimeCodeUntil } from './oneTimeCode';

describe('one-time codes (issue 22)', () => {
  it('are four groups of four readable characters, different each time', () => {
    const codes = Array.from({ length: 200 }, newOneTimeCode);
    for (const c of codes) expect(c).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character of the alphabet turns up: no bias towards a part of it.
    expect(new Set(codes.join('').replace(/-/g, '')).size).toBe(31);
  });

  it('are read back in any case and spacing; any other text is left as typed (it may be a password)', () => {
    expect(oneTimeCodeForm('k7qm 2xrt 9hwb pz4c')).toBe('K7QM-2XRT-9HWB-PZ4C');
    expect(oneTimeCodeForm('K7QM2XRT9HWBPZ4C')).toBe('K7QM-2XRT-9HWB-PZ4C');
    expect(oneTimeCodeForm('mitt eget lösenord i vår')).toBe('mitt eget lösenord i vår');
    expect(oneTimeCodeForm('K7QM-2XRT-9HWB-PZ40')).toBe('K7QM-2XRT-9HWB-PZ40');
  });

  it('work for 24 hours', () => {
    expect(oneTimeCodeUntil('2026-12-07T12:00:00.000Z')).toBe('2026-12-08T12:00:00.000Z');
  });
});
