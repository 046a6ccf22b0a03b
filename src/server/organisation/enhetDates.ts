import { DATE_FLOOR } from '../../engine/internal';

const PLAIN = /^\d{4}-\d{2}-\d{2}$/;

/** A real `YYYY-MM-DD` date (not 2026-02-30). */
export function isRealDate(date: string): boolean {
  if (!PLAIN.test(date)) return false;
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date;
}

/**
 * Why an enhet's start or end date cannot be saved, in Swedish, or undefined. A start after the day its first ärende
 * was opened would put what is already reported there before the enhet existed: refused, so no administratör can
 * make the enhet's own ärenden impossible by a later start date.
 */
export function enhetDatesProblem(d: { startDatum?: string; slutDatum?: string; earliestArende?: string }): string | undefined {
  for (const [label, value] of [
    ['Startdatumet', d.startDatum],
    ['Slutdatumet', d.slutDatum],
  ] as const) {
    if (value === undefined) continue;
    if (!isRealDate(value)) return `${label} "${value}" är inte ett datum: skriv ÅÅÅÅ-MM-DD, till exempel 2019-08-01.`;
    if (value < DATE_FLOOR) return `${label} (${value}) kan inte ligga före ${DATE_FLOOR}.`;
  }
  if (d.startDatum && d.slutDatum && d.startDatum > d.slutDatum)
    return `Startdatumet (${d.startDatum}) kan inte ligga efter slutdatumet (${d.slutDatum}).`;
  if (d.startDatum && d.earliestArende && d.startDatum > d.earliestArende)
    return (
      `Enheten har ärenden sedan ${d.earliestArende}: startdatumet (${d.startDatum}) kan inte ligga efter det, för då skulle det ` +
      `som redan rapporterats där ligga före enhetens start.`
    );
  return undefined;
}
