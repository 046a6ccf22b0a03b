import { dateOfDays, dayNumber } from './stockholmDate';

/**
 * Plain calendar dates (`YYYY-MM-DD`, the engine's convention), with no time and no zone: the
 * arithmetic is on day numbers, so it never meets a summer-time change.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date itself when it is a real `YYYY-MM-DD` date; throws a RangeError otherwise. */
export function checkedDate(date: string): string {
  if (!DATE.test(date) || dateOfDays(dayNumber(date)) !== date) throw new RangeError(`Ogiltigt datum: ${date}`);
  return date;
}

/** The date `n` calendar days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  return dateOfDays(dayNumber(checkedDate(date)) + n);
}

/**
 * The date `n` calendar months after `date` (before it when negative): the same day of the month, or
 * the month's last day when it has no such day (31 March − 1 month = 28/29 February), as lag
 * (1930:173) om beräkning av lagstadgad tid 1 § counts months.
 */
export function addMonths(date: string, n: number): string {
  checkedDate(date);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a date: 1 Monday … 6 Saturday, 7 Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 (day 0) was a Thursday.
  return ((((dayNumber(checkedDate(date)) + 3) % 7) + 7) % 7) + 1;
}
