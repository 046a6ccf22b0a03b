import { addDays, addMonths } from '../calendar/calendarDate';
import { stockholmInstant } from '../calendar/stockholmInstant';
import { stockholmDate } from '../calendar/stockholmDate';
import { addWorkingDays } from '../calendar/workingDays';

export const DAY_MS = 86_400_000;

/** Adds calendar months, then whole days, to an ISO instant, in UTC (pure: no ambient clock). */
export function addDuration(iso: string, days = 0, months = 0): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Ogiltig tidpunkt: ${iso}`);
  if (!months) return new Date(ms + days * DAY_MS).toISOString();
  // The calendar module's month arithmetic (the last day when the month is shorter), time of day kept.
  const at = new Date(ms).toISOString();
  return new Date(Date.parse(`${addMonths(at.slice(0, 10), months)}${at.slice(10)}`) + days * DAY_MS).toISOString();
}

/**
 * When an obligation's clock starts at an event: the date it recorded at `path` (the deadline then
 * lasts to the end of its last day), else the event's own time.
 */
export function clockStart(event: { at: string; stepData?: unknown }, path: string | undefined): { at: string; wholeDays: boolean } {
  const recorded =
    path && event.stepData && typeof event.stepData === 'object' ? (event.stepData as Record<string, unknown>)[path] : undefined;
  return typeof recorded === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(recorded)
    ? { at: `${recorded}T00:00:00.000Z`, wholeDays: true }
    : { at: event.at, wholeDays: false };
}

/**
 * The due instant of a duration from a clock start. Counted in whole days it lasts to the end of the
 * last day in Stockholm, not in UTC (which would show as the next day at 01:00 or 02:00).
 */
export function dueFrom(start: { at: string; wholeDays: boolean }, days = 0, months = 0, workingDays = false): string {
  if (workingDays) {
    // Counted from the start's day in Stockholm: a Friday's rapport with 3 working days is due at Wednesday's end.
    const day = start.wholeDays ? start.at.slice(0, 10) : stockholmDate(start.at);
    if (!day) throw new Error(`Ogiltig tidpunkt: ${start.at}`);
    return endOfDay(addWorkingDays(addMonths(day, months), days));
  }
  if (!start.wholeDays) return addDuration(start.at, days, months);
  return endOfDay(addDays(addMonths(start.at.slice(0, 10), months), days));
}

/** The last millisecond of a day in Stockholm. */
function endOfDay(day: string): string {
  return new Date(Date.parse(stockholmInstant(addDays(day, 1))) - 1).toISOString();
}

export function msBetween(fromIso: string, toIso: string): number {
  return new Date(toIso).getTime() - new Date(fromIso).getTime();
}
