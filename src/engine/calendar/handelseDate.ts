import { dateOfDays, dayNumber, stockholmDate } from './stockholmDate';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function realDate(date: string): string | undefined {
  // Round-tripping through the day number rejects dates such as 2025-02-30.
  return dateOfDays(dayNumber(date)) === date ? date : undefined;
}

/**
 * Europe/Stockholm date of a recorded händelse: a plain date as it is, an instant with a zone
 * converted, a time without zone read as Swedish wall-clock time, a year (a riskregister's) as its
 * first day. Undefined when unreadable.
 */
export function handelseDateOf(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2999 ? `${value}-01-01` : undefined;
  if (typeof value !== 'string') return undefined;
  if (PLAIN_DATE.test(value)) return realDate(value);
  if (WITH_ZONE.test(value)) return stockholmDate(value);
  return WALL_CLOCK.test(value) ? realDate(value.slice(0, 10)) : undefined;
}
