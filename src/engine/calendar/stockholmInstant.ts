import { dateOfDays, dayNumber, stockholmOffsetMs } from './stockholmDate';
import { checkedDate } from './calendarDate';

const HOUR_MS = 3_600_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The ISO instant (UTC, `toISOString()` form) of a Europe/Stockholm wall-clock time (`HH:MM`) on a
 * `YYYY-MM-DD` date: 08:00 is 07:00Z in winter (CET) and 06:00Z in summer (CEST). The offset comes
 * from the engine's own EU rule (`stockholmOffsetMs`), not from the process's time-zone database.
 * The hour skipped in March (02:00–02:59) gives the time one hour later; the hour repeated in
 * October gives its first, summer-time, occurrence (as Temporal's "compatible").
 * The inverse of `stockholmDate` for the date part.
 */
export function stockholmInstant(date: string, time = '00:00'): string {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`Ogiltig tid: ${time}`);
  const wall = dayNumber(checkedDate(date)) * 24 * HOUR_MS + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  // Summer time first, so a repeated October hour resolves to its earlier occurrence.
  const summer = wall - 2 * HOUR_MS;
  const ms = stockholmOffsetMs(summer) === 2 * HOUR_MS ? summer : wall - HOUR_MS;
  return new Date(ms).toISOString();
}

/** The last millisecond of a `YYYY-MM-DD` day in Stockholm: a deadline on a date lasts the whole day. */
export function endOfStockholmDay(date: string): string {
  const next = dateOfDays(dayNumber(checkedDate(date)) + 1);
  return new Date(Date.parse(stockholmInstant(next)) - 1).toISOString();
}
