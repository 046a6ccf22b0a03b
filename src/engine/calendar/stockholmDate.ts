/**
 * Calendar dates in Europe/Stockholm, computed with integer arithmetic: no Intl, no Date objects,
 * so folding hundreds of thousands of timestamps allocates only the resulting strings.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `YYYY-MM-DD` of a day number (inverse of {@link daysFromCivil}). */
export function dateOfDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/**
 * Milliseconds of an ISO instant. Fast path for the engine's own `toISOString()` format
 * (`YYYY-MM-DDTHH:MM:SS.sssZ`); anything else goes through `Date.parse`. NaN when unreadable.
 */
export function isoToMs(iso: string): number {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 && iso.charCodeAt(10) === 84) {
    const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + two(iso, 2);
    const m = two(iso, 5);
    // Integer-only days_from_civil for years from 1 on: this runs for every judged deadline.
    const yy = m <= 2 ? y - 1 : y;
    const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + two(iso, 8) - 1;
    const days = yy * 365 + ((yy / 4) | 0) - ((yy / 100) | 0) + ((yy / 400) | 0) + doy - 719_468;
    const ms = digit(iso, 20) * 100 + two(iso, 21);
    return days * DAY_MS + two(iso, 11) * HOUR_MS + two(iso, 14) * 60_000 + two(iso, 17) * 1000 + ms;
  }
  return Date.parse(iso);
}

/** Day number of the last Sunday of a month (1970-01-01 was a Thursday). */
function lastSunday(year: number, month: number): number {
  const last = daysFromCivil(year, month + 1, 1) - 1;
  const weekday = (((last + 4) % 7) + 7) % 7;
  return last - weekday;
}

const dstCache = new Map<number, readonly [number, number]>();

/** EU summer time: last Sunday of March 01:00 UTC to last Sunday of October (September before 1996) 01:00 UTC. */
function summerTime(year: number): readonly [number, number] {
  let range = dstCache.get(year);
  if (!range) {
    range = [lastSunday(year, 3) * DAY_MS + HOUR_MS, lastSunday(year, year < 1996 ? 9 : 10) * DAY_MS + HOUR_MS];
    dstCache.set(year, range);
  }
  return range;
}

/** Europe/Stockholm's offset from UTC at an instant in ms: CET +1 h, CEST +2 h by the EU rule (right from 1980). */
export function stockholmOffsetMs(ms: number): number {
  const utcDays = Math.floor(ms / DAY_MS);
  // Summer time never spans a new year, so the UTC year picks the right rule.
  let year = 1970 + Math.floor(utcDays / 365.2425);
  if (daysFromCivil(year, 1, 1) > utcDays) year--;
  else if (daysFromCivil(year + 1, 1, 1) <= utcDays) year++;
  const [start, end] = summerTime(year);
  return ms >= start && ms < end ? 2 * HOUR_MS : HOUR_MS;
}

/** Day number in Europe/Stockholm of an instant in ms (CET +1 h, CEST +2 h by the EU rule; right from 1980). */
export function stockholmDayOfMs(ms: number): number {
  return Math.floor((ms + stockholmOffsetMs(ms)) / DAY_MS);
}

/**
 * The Europe/Stockholm calendar date (`YYYY-MM-DD`) of an ISO instant. A plain date
 * (`YYYY-MM-DD`) is returned as it is; an unreadable value gives undefined.
 */
export function stockholmDate(iso: string): string | undefined {
  if (iso.length === 10) return iso;
  const ms = isoToMs(iso);
  return Number.isNaN(ms) ? undefined : dateOfDays(stockholmDayOfMs(ms));
}

/** Whole calendar days from one `YYYY-MM-DD` date to another (negative if `to` is earlier). */
export function daysBetweenDates(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day number of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}
