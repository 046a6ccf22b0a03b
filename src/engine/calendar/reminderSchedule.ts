import { stockholmDate } from './stockholmDate';
import { addDays, addMonths } from './calendarDate';
import { stockholmInstant } from './stockholmInstant';
import { addWorkingDays, workingDayOnOrBefore } from './workingDays';

/**
 * When to remind before a deadline: a number of working days before it, or a calendar offset
 * (months, then weeks and days) before it, e.g. `{ months: 1 }`, `{ weeks: 2 }`, `{ days: 3 }`.
 */
export type ReminderRule =
  | { readonly workingDaysBefore: number }
  | { readonly months?: number; readonly weeks?: number; readonly days?: number; readonly workingDaysBefore?: never };

/** One moment a reminder falls due. */
export interface Reminder {
  /** The Europe/Stockholm working day it falls due. */
  readonly date: string;
  /** `date` at the configured local time, as an ISO instant. */
  readonly at: string;
  /** The rules that give this moment: two can meet once moved to a working day. */
  readonly rules: readonly ReminderRule[];
}

export interface ReminderScheduleOptions {
  /** Europe/Stockholm wall-clock time of every reminder (`HH:MM`); 08:00 by default. */
  readonly time?: string;
}

const count = (value: number | undefined, what: string): number => {
  if (value === undefined) return 0;
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} måste vara ett heltal ≥ 0: ${value}`);
  return value;
};

/** The date a rule points at, before it is moved to a working day. */
function ruleDate(deadline: string, rule: ReminderRule): string {
  if (rule.workingDaysBefore !== undefined) {
    if ('months' in rule || 'weeks' in rule || 'days' in rule)
      throw new RangeError('En påminnelseregel räknar antingen arbetsdagar eller kalendertid');
    const n = count(rule.workingDaysBefore, 'Arbetsdagar före');
    if (n === 0) throw new RangeError('En påminnelse ska komma före fristen');
    return addWorkingDays(deadline, -n);
  }
  const months = count(rule.months, 'Månader');
  const days = count(rule.weeks, 'Veckor') * 7 + count(rule.days, 'Dagar');
  if (months + days === 0) throw new RangeError('En påminnelse ska komma före fristen');
  return addDays(addMonths(deadline, -months), -days);
}

/**
 * The moments reminders fall due before a deadline (a `YYYY-MM-DD` date, or an ISO instant read
 * as its Europe/Stockholm date), earliest first, each at `time` Stockholm on a working day. A
 * reminder that lands on a weekend or holiday moves to the previous working day, never the next:
 * a reminder exists to give time before the deadline, and moving it later would shorten that
 * time, or for short offsets put it on the deadline's own day.
 */
export function reminderSchedule(deadline: string, rules: readonly ReminderRule[], options: ReminderScheduleOptions = {}): Reminder[] {
  const due = stockholmDate(deadline);
  if (due === undefined) throw new RangeError(`Ogiltig frist: ${deadline}`);
  const time = options.time ?? '08:00';
  const byDate = new Map<string, ReminderRule[]>();
  for (const rule of rules) {
    const date = workingDayOnOrBefore(ruleDate(due, rule));
    const same = byDate.get(date);
    if (same) same.push(rule);
    else byDate.set(date, [rule]);
  }
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, same]) => ({ date, at: stockholmInstant(date, time), rules: same }));
}
