import { addDays, checkedDate, isoWeekday } from './calendarDate';
import { easterSunday } from './easterSunday';

/** Codes of the Swedish holidays: decisions use these, the Swedish `name` is for people. */
export type SwedishHolidayId =
  | 'nyarsdagen'
  | 'trettondedag-jul'
  | 'langfredagen'
  | 'paskdagen'
  | 'annandag-pask'
  | 'forsta-maj'
  | 'kristi-himmelsfardsdag'
  | 'nationaldagen'
  | 'pingstdagen'
  | 'annandag-pingst'
  | 'midsommarafton'
  | 'midsommardagen'
  | 'alla-helgons-dag'
  | 'julafton'
  | 'juldagen'
  | 'annandag-jul'
  | 'nyarsafton';

/**
 * A day off in Sweden. `helgdag`: an allmän helgdag by lag (1989:253) om allmänna helgdagar.
 * `afton`: midsommarafton, julafton and nyårsafton are not helgdagar in law, but we treat them as
 * non-working because workplaces close and lag (1930:173) 2 § lets a legal deadline on them move
 * to the next vardag, exactly as one on a helgdag.
 */
export interface SwedishHoliday {
  readonly date: string;
  readonly id: SwedishHolidayId;
  /** Swedish name for UI text, e.g. "Midsommarafton". */
  readonly name: string;
  readonly kind: 'helgdag' | 'afton';
}

/** First year the rules below hold: midsommardagen and alla helgons dag became movable Saturdays in 1953. */
const FIRST_YEAR = 1953;

const byYear = new Map<number, readonly SwedishHoliday[]>();
const byDate = new Map<number, ReadonlyMap<string, SwedishHoliday>>();

/** The Saturday on or after a date (midsommardagen from 20 June, alla helgons dag from 31 October). */
function saturdayFrom(date: string): string {
  return addDays(date, (6 - isoWeekday(date) + 7) % 7);
}

/**
 * The Swedish holidays of a year (1953–9999), in date order, computed from Easter and the
 * weekday rules. From 2005 nationaldagen (6 June) is a helgdag and annandag pingst is not; the
 * years before have annandag pingst instead. Sundays are helgdagar too but are not listed.
 */
export function swedishHolidays(year: number): readonly SwedishHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > 9999)
    throw new RangeError(`Helgdagar beräknas för åren ${FIRST_YEAR}–9999, inte ${year}`);
  const cached = byYear.get(year);
  if (cached) return cached;
  const y = String(year);
  const easter = easterSunday(year);
  const day = (date: string, id: SwedishHolidayId, name: string, kind: SwedishHoliday['kind'] = 'helgdag'): SwedishHoliday =>
    Object.freeze({ date, id, name, kind });
  const list = [
    day(`${y}-01-01`, 'nyarsdagen', 'Nyårsdagen'),
    day(`${y}-01-06`, 'trettondedag-jul', 'Trettondedag jul'),
    day(addDays(easter, -2), 'langfredagen', 'Långfredagen'),
    day(easter, 'paskdagen', 'Påskdagen'),
    day(addDays(easter, 1), 'annandag-pask', 'Annandag påsk'),
    day(`${y}-05-01`, 'forsta-maj', 'Första maj'),
    day(addDays(easter, 39), 'kristi-himmelsfardsdag', 'Kristi himmelsfärdsdag'),
    day(addDays(easter, 49), 'pingstdagen', 'Pingstdagen'),
    year >= 2005
      ? day(`${y}-06-06`, 'nationaldagen', 'Sveriges nationaldag')
      : day(addDays(easter, 50), 'annandag-pingst', 'Annandag pingst'),
    day(addDays(saturdayFrom(`${y}-06-20`), -1), 'midsommarafton', 'Midsommarafton', 'afton'),
    day(saturdayFrom(`${y}-06-20`), 'midsommardagen', 'Midsommardagen'),
    day(saturdayFrom(`${y}-10-31`), 'alla-helgons-dag', 'Alla helgons dag'),
    day(`${y}-12-24`, 'julafton', 'Julafton', 'afton'),
    day(`${y}-12-25`, 'juldagen', 'Juldagen'),
    day(`${y}-12-26`, 'annandag-jul', 'Annandag jul'),
    day(`${y}-12-31`, 'nyarsafton', 'Nyårsafton', 'afton'),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Pingstdagen can fall on 6 June (as in 2049); the date then carries both and the list keeps both.
  const frozen = Object.freeze(list);
  byYear.set(year, frozen);
  return frozen;
}

/** The holiday on a `YYYY-MM-DD` date (the first by list order when two share it), or undefined. */
export function swedishHoliday(date: string): SwedishHoliday | undefined {
  const year = Number(checkedDate(date).slice(0, 4));
  let map = byDate.get(year);
  if (!map) {
    const m = new Map<string, SwedishHoliday>();
    for (const h of swedishHolidays(year)) if (!m.has(h.date)) m.set(h.date, h);
    byDate.set(year, m);
    map = m;
  }
  return map.get(date);
}
