import { dateOfDays, dayNumber } from './stockholmDate';
import { checkedDate, isoWeekday } from './calendarDate';
import { swedishHoliday, swedishHolidays } from './swedishHolidays';

/**
 * Working days (vardagar) in Sweden: Monday to Friday except the helgdagar and the aftnar that
 * `swedishHolidays` lists (midsommarafton, julafton and nyårsafton count as days off).
 */

/** Whether a `YYYY-MM-DD` date is a Swedish working day. */
export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5 && swedishHoliday(date) === undefined;
}

function step(date: string, by: 1 | -1): string {
  let day = dayNumber(date);
  let next: string;
  do next = dateOfDays((day += by));
  while (!isWorkingDay(next));
  return next;
}

/**
 * The date `n` working days after `date` (before it when `n` is negative); `date` itself need not
 * be a working day (Saturday + 1 is Monday). `n = 0` returns `date` unchanged.
 */
export function addWorkingDays(date: string, n: number): string {
  checkedDate(date);
  if (!Number.isInteger(n)) throw new RangeError(`Antalet arbetsdagar måste vara ett heltal: ${n}`);
  let out = date;
  for (let i = 0; i < Math.abs(n); i++) out = step(out, n > 0 ? 1 : -1);
  return out;
}

/** Mondays to Fridays from a fixed origin up to and including day number `d` (1970-01-01, day 0, was a Thursday). */
function weekdaysThrough(d: number): number {
  const days = d + 4; // days from Monday 1969-12-29 (day −3) through d
  return 5 * Math.floor(days / 7) + Math.min(5, ((days % 7) + 7) % 7);
}

/**
 * Working days after `from` up to and including `to` ("arbetsdagar kvar" from today to a
 * deadline); negative, with the ends swapped, when `to` is earlier, so that
 * `workingDaysBetween(a, b) === -workingDaysBetween(b, a)`. Counts weeks arithmetically and
 * subtracts the holidays on weekdays, so long spans cost one holiday list per year.
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = dayNumber(checkedDate(from));
  const b = dayNumber(checkedDate(to));
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = weekdaysThrough(hi) - weekdaysThrough(lo);
  const seen = new Set<string>();
  for (let year = Number(dateOfDays(lo + 1).slice(0, 4)); year <= Number(dateOfDays(hi).slice(0, 4)); year++)
    for (const h of swedishHolidays(year)) {
      const d = dayNumber(h.date);
      if (d > lo && d <= hi && isoWeekday(h.date) <= 5 && !seen.has(h.date)) {
        seen.add(h.date);
        count--;
      }
    }
  // Never -0: no working days backwards is still plain 0.
  return count === 0 ? 0 : sign * count;
}

/** `date` when it is a working day, else the last working day before it. */
export function workingDayOnOrBefore(date: string): string {
  return isWorkingDay(date) ? date : step(date, -1);
}

/** `date` when it is a working day, else the first working day after it (where lag 1930:173 2 § moves a legal deadline). */
export function workingDayOnOrAfter(date: string): string {
  return isWorkingDay(date) ? date : step(date, 1);
}
