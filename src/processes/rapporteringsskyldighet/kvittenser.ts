import type { ArendeContext } from '../../engine/model/ArendeContext';

/** The command that records the list of people and their acknowledgments (each save replaces the list). */
export const KVITTENS_EVENT = 'kvittens.registrera';
/** A newcomer (and everyone at the year's start) is to be informed within this many days (the kommun's rutin). */
export const RUTIN_DAYS = 28;

/** How an acknowledgment was given, as the kvittenser form words it. */
export const SATT_TITLES: Readonly<Record<string, string>> = {
  papper: 'Skriftlig kvittens på papper',
  narvarolista: 'Signerad närvarolista (APT eller introduktion)',
};

/** One person the duty covers at the enhet, with her acknowledgment once it is recorded. */
export interface PersonRow {
  nr: number;
  namn: string;
  grupp: string;
  borjadeDatum?: string;
  kvitteradDatum?: string;
  kvitteradSatt?: string;
}

const isRow = (x: unknown): x is PersonRow =>
  !!x && typeof x === 'object' && typeof (x as PersonRow).nr === 'number' && typeof (x as PersonRow).namn === 'string';

/** The rows of a kvittenser form's data (nothing when it has none). */
export function rowsOf(data: unknown): PersonRow[] {
  const list = (data as { personer?: unknown } | undefined)?.personer;
  return Array.isArray(list) ? list.filter(isRow) : [];
}

/** The list as the latest save left it. */
export function latestRows(ctx: ArendeContext): PersonRow[] {
  return rowsOf(ctx.steps[KVITTENS_EVENT]?.data);
}

/** A name as compared: case and spacing ignored (one person typed twice is still one person). */
export function nameKey(namn: string): string {
  return namn.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

export const isAcknowledged = (row: PersonRow): boolean => typeof row.kvitteradDatum === 'string';

/** `YYYY-MM-DD` plus whole days, on the calendar (no clock, no time zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** By when she is to have the information: four weeks from the year's information, or from her start if later. */
export function dueDate(row: PersonRow, informationDatum: string | undefined): string | undefined {
  const from = [informationDatum, row.borjadeDatum].filter((d): d is string => typeof d === 'string').sort().at(-1);
  return from ? addDays(from, RUTIN_DAYS) : undefined;
}

export type PersonStatus = { kind: 'kvitterad'; datum: string; satt: string | undefined } | { kind: 'saknas'; due?: string } | { kind: 'forsenad'; due: string };

/** Where one person stands on `today`: acknowledged, still to be informed, or past the rutin's deadline. */
export function statusOf(row: PersonRow, informationDatum: string | undefined, today: string): PersonStatus {
  if (isAcknowledged(row)) return { kind: 'kvitterad', datum: row.kvitteradDatum!, satt: row.kvitteradSatt };
  const due = dueDate(row, informationDatum);
  if (due !== undefined && due < today) return { kind: 'forsenad', due };
  return { kind: 'saknas', ...(due ? { due } : {}) };
}
