import { stockholmDate } from '../../engine/calendar/stockholmDate';
import type { ArendeContext } from '../../engine/model/ArendeContext';

/** The command that records the list of people and their acknowledgments (each save replaces the list). */
export const KVITTENS_EVENT = 'kvittens.registrera';
/** A person's own acknowledgment in the app (once each; the engine records who she is). */
export const OWN_EVENT = 'kvittens.egen';
/** How an own acknowledgment is shown beside the paper ones. */
export const APP_SATT = 'app';
/** A newcomer (and everyone at the year's start) is to be informed within this many days (the kommun's rutin). */
export const RUTIN_DAYS = 28;

/** How an acknowledgment was given, as the kvittenser form words it. */
export const SATT_TITLES: Readonly<Record<string, string>> = {
  [APP_SATT]: 'Kvitterad i Kvalitetsflöde',
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
  /** Who acknowledged in the app (her user id), when she did. */
  kvitteradAv?: string;
}

/** An acknowledgment a person gave herself in the app: her name as the directory had it, the day, her user id. */
export interface OwnKvittens {
  userId: string;
  namn: string;
  datum: string;
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

/** The day (in Sweden) of an instant the engine recorded. */
export const dayOf = (at: string): string => stockholmDate(at) ?? at.slice(0, 10);

/** The own acknowledgments recorded in the ärende (the engine's `own` steps), earliest first. */
export function ownKvittenser(ctx: ArendeContext): OwnKvittens[] {
  return Object.values(ctx.own?.[OWN_EVENT] ?? {})
    .map((step) => ({ userId: step.by.userId, namn: ownName(step.data) ?? step.by.userId, datum: dayOf(step.at) }))
    .sort((a, b) => a.datum.localeCompare(b.datum));
}

/** The name the engine placed on an own acknowledgment. */
export function ownName(data: unknown): string | undefined {
  const namn = (data as { person?: { namn?: unknown } } | undefined)?.person?.namn;
  return typeof namn === 'string' && namn.trim() ? namn : undefined;
}

/**
 * The chef's list joined with the acknowledgments people gave in the app (by name): a listed person who acknowledged
 * herself is kvitterad, and someone not yet listed who acknowledged is added at the end (she is covered too).
 */
export function withOwn(rows: readonly PersonRow[], own: readonly OwnKvittens[]): PersonRow[] {
  const out = rows.map((r) => ({ ...r }));
  let next = Math.max(0, ...rows.map((r) => r.nr)) + 1;
  for (const k of own) {
    const row = out.find((r) => nameKey(r.namn) === nameKey(k.namn));
    const given = { kvitteradDatum: k.datum, kvitteradSatt: APP_SATT, kvitteradAv: k.userId };
    // Not on the chef's list: no group is known (the panel says she is not listed yet).
    if (!row) out.push({ nr: next++, namn: k.namn, grupp: '', ...given });
    else if (!isAcknowledged(row)) Object.assign(row, given);
  }
  return out;
}

/** The list as the latest save left it, with the acknowledgments given in the app. */
export function latestRows(ctx: ArendeContext): PersonRow[] {
  return withOwn(rowsOf(ctx.steps[KVITTENS_EVENT]?.data), ownKvittenser(ctx));
}

/** The chef's list alone, as her latest save left it (what her next save must keep). */
export function listedRows(ctx: ArendeContext): PersonRow[] {
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
