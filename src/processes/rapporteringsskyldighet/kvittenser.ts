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

/** One person the duty covers at the enhet, with her first day if she is new and her acknowledgment once recorded. */
export interface PersonRow {
  nr: number;
  namn: string;
  grupp: string;
  borjadeDatum?: string;
  kvitteradDatum?: string;
  kvitteradSatt?: string;
}

/** The kvittenser form's three lists as saved: the people, the newcomers' first days, the acknowledgments (by nr). */
export interface KvittensLists {
  personer: { nr: number; namn: string; grupp: string }[];
  nya: { nr: number; borjadeDatum: string }[];
  kvittenser: { nr: number; datum: string; satt: string }[];
}

const objects = (x: unknown): Record<string, unknown>[] =>
  Array.isArray(x) ? x.filter((i): i is Record<string, unknown> => !!i && typeof i === 'object') : [];
const numbered = (i: Record<string, unknown>) => typeof i.nr === 'number';

/** The lists of a kvittenser form's data (empty when it has none). */
export function listsOf(data: unknown): KvittensLists {
  const d = (data ?? {}) as Record<string, unknown>;
  return {
    personer: objects(d.personer).filter((i) => numbered(i) && typeof i.namn === 'string') as KvittensLists['personer'],
    nya: objects(d.nya).filter((i) => numbered(i) && typeof i.borjadeDatum === 'string') as KvittensLists['nya'],
    kvittenser: objects(d.kvittenser).filter((i) => numbered(i) && typeof i.datum === 'string') as KvittensLists['kvittenser'],
  };
}

/** Each person with her first day (a newcomer) and her acknowledgment (the first row for her nr), joined by nr. */
export function rowsOf(data: unknown): PersonRow[] {
  const { personer, nya, kvittenser } = listsOf(data);
  return personer.map((p) => {
    const start = nya.find((n) => n.nr === p.nr);
    const kvittens = kvittenser.find((k) => k.nr === p.nr);
    return {
      nr: p.nr,
      namn: p.namn,
      grupp: p.grupp,
      ...(start ? { borjadeDatum: start.borjadeDatum } : {}),
      ...(kvittens ? { kvitteradDatum: kvittens.datum, kvitteradSatt: kvittens.satt } : {}),
    };
  });
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
  const from = [informationDatum, row.borjadeDatum]
    .filter((d): d is string => typeof d === 'string')
    .sort()
    .at(-1);
  return from ? addDays(from, RUTIN_DAYS) : undefined;
}

export type PersonStatus =
  { kind: 'kvitterad'; datum: string; satt: string | undefined } | { kind: 'saknas'; due?: string } | { kind: 'forsenad'; due: string };

/** Where one person stands on `today`: acknowledged, still to be informed, or past the rutin's deadline. */
export function statusOf(row: PersonRow, informationDatum: string | undefined, today: string): PersonStatus {
  if (isAcknowledged(row)) return { kind: 'kvitterad', datum: row.kvitteradDatum!, satt: row.kvitteradSatt };
  const due = dueDate(row, informationDatum);
  if (due !== undefined && due < today) return { kind: 'forsenad', due };
  return { kind: 'saknas', ...(due ? { due } : {}) };
}
