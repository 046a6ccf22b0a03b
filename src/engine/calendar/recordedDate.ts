import { dateOfDays, dayNumber, isoToMs, stockholmDate, stockholmOffsetMs } from './stockholmDate';

/**
 * A date or date-time a form recorded, made comparable: its Stockholm day, and its instant when it has one.
 * Dates compare by day; two date-times by instant (an upptäckt an hour before the händelse is still before it).
 */
export interface RecordedDate {
  day: string;
  ms?: number;
  /** How a message shows it: `2026-03-12`, or `2026-03-12 kl. 19:00` in Stockholm time. */
  text: string;
}

const PLAIN = /^\d{4}-\d{2}-\d{2}$/;
const ZONED = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/** The Stockholm wall-clock text of an instant: `2026-03-12 kl. 19:00`. */
export function stockholmClockText(ms: number): string {
  const wall = new Date(ms + stockholmOffsetMs(ms)).toISOString();
  return `${wall.slice(0, 10)} kl. ${wall.slice(11, 16)}`;
}

/** A recorded `YYYY-MM-DD` (a real date) or an ISO date-time with a zone; undefined when it is neither. */
export function recordedDate(value: unknown): RecordedDate | undefined {
  if (typeof value !== 'string') return undefined;
  if (PLAIN.test(value)) return dateOfDays(dayNumber(value)) === value ? { day: value, text: value } : undefined;
  if (!ZONED.test(value)) return undefined;
  const ms = isoToMs(value.replace(' ', 'T'));
  if (Number.isNaN(ms)) return undefined;
  const day = stockholmDate(new Date(ms).toISOString());
  return day === undefined ? undefined : { day, ms, text: stockholmClockText(ms) };
}

/** Whether `a` lies before `b`: by instant when both have one, else by Stockholm day. */
export function isBefore(a: RecordedDate, b: RecordedDate): boolean {
  return a.ms !== undefined && b.ms !== undefined ? a.ms < b.ms : a.day < b.day;
}
