import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code read from a phone and typed on a computer is not mistyped.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** How long a one-time code signs in (to choose one's own password) after the administratör asked for it. */
export const ONE_TIME_CODE_HOURS = 24;

/** A new one-time code from the system's CSPRNG: four groups of four (about 79 bits), e.g. `K7QM-2XRT-9HWB-PZ4C`. */
export function newOneTimeCode(): string {
  const chars = Array.from({ length: GROUPS * GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return Array.from({ length: GROUPS }, (_, g) => chars.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH).join('')).join('-');
}

/** A typed code in the form it was stored: any case, spaces or dashes between groups; other text is left as typed. */
export function oneTimeCodeForm(typed: string): string {
  const bare = typed.toUpperCase().replace(/[\s-]+/g, '');
  if (bare.length !== GROUPS * GROUP_LENGTH || [...bare].some((c) => !ALPHABET.includes(c))) return typed;
  return bare.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}

/** The time a code made at `at` stops working. */
export const oneTimeCodeUntil = (at: string): string => new Date(Date.parse(at) + ONE_TIME_CODE_HOURS * 3_600_000).toISOString();
