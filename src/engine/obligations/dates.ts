export const DAY_MS = 86_400_000;

/** Adds whole days and calendar months to an ISO instant, in UTC (pure: no ambient clock). */
export function addDuration(iso: string, days = 0, months = 0): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Ogiltig tidpunkt: ${iso}`);
  // Whole days in UTC are plain arithmetic; calendar months need the Date fields.
  if (!months) return new Date(ms + days * DAY_MS).toISOString();
  const d = new Date(ms);
  if (months) {
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + months);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  if (days) d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString();
}


export function msBetween(fromIso: string, toIso: string): number {
  return new Date(toIso).getTime() - new Date(fromIso).getTime();
}
