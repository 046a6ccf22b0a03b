import { dateOfDays, dayNumber } from './stockholmDate';

/**
 * A reporting period: inclusive calendar dates (`YYYY-MM-DD`) in Europe/Stockholm. An ärende
 * belongs to it when the Stockholm date of its rapport lies within `from`..`to`, both included.
 */
export interface Period {
  kind: 'year' | 'half' | 'quarter' | 'custom';
  from: string;
  to: string;
  /** Swedish label, e.g. "2025", "Första halvåret 2025", "Kvartal 3 2025", "2025-02-01 – 2025-03-31". */
  label: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUARTERS = [1, 2, 3, 4] as const;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new Error(`Ogiltigt år: ${year}`);
}

function lastDayOfMonth(year: number, month: number): string {
  return month === 12 ? `${year}-12-31` : dateOfDays(dayNumber(`${year}-${String(month + 1).padStart(2, '0')}-01`) - 1);
}

/** The calendar year. */
export function yearPeriod(year: number): Period {
  checkYear(year);
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) };
}

/** Half-year 1 (January–June) or 2 (July–December). */
export function halfYearPeriod(year: number, half: 1 | 2): Period {
  checkYear(year);
  if (half !== 1 && half !== 2) throw new Error(`Ogiltigt halvår: ${String(half)}`);
  return half === 1
    ? { kind: 'half', from: `${year}-01-01`, to: `${year}-06-30`, label: `Första halvåret ${year}` }
    : { kind: 'half', from: `${year}-07-01`, to: `${year}-12-31`, label: `Andra halvåret ${year}` };
}

/** Quarter 1–4 of a year. */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  checkYear(year);
  if (![1, 2, 3, 4].includes(quarter)) throw new Error(`Ogiltigt kvartal: ${String(quarter)}`);
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    from: `${year}-${String(first).padStart(2, '0')}-01`,
    to: lastDayOfMonth(year, first + 2),
    label: `Kvartal ${quarter} ${year}`,
  };
}

/** A custom range; both ends are included. Throws (in Swedish) on a malformed or reversed range. */
export function customPeriod(from: string, to: string): Period {
  for (const d of [from, to]) {
    // Round-tripping through the day number rejects dates such as 2025-02-30.
    if (!DATE.test(d) || dateOfDays(dayNumber(d)) !== d) throw new Error(`Ogiltigt datum: ${d}`);
  }
  if (from > to) throw new Error(`Perioden börjar (${from}) efter att den slutar (${to}).`);
  return { kind: 'custom', from, to, label: `${from} – ${to}` };
}

function shiftDate(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  // 29 February moves to 28 February in a year without it.
  if (md === '02-29' && dateOfDays(dayNumber(`${y}-03-01`) - 1) !== `${y}-02-29`) return `${y}-02-28`;
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** The same period `years` earlier (negative) or later: "the same quarter last year". */
export function shiftPeriod(period: Period, years: number): Period {
  const from = shiftDate(period.from, years);
  const year = Number(from.slice(0, 4));
  switch (period.kind) {
    case 'year':
      return yearPeriod(year);
    case 'half':
      return halfYearPeriod(year, from.slice(5, 7) === '01' ? 1 : 2);
    case 'quarter':
      return quarterPeriod(year, QUARTERS[(Number(from.slice(5, 7)) - 1) / 3]!);
    case 'custom':
      return customPeriod(from, shiftDate(period.to, years));
  }
}

/** True when a `YYYY-MM-DD` date lies in the period (ends included). */
export function inPeriod(date: string, period: Period): boolean {
  return date >= period.from && date <= period.to;
}
