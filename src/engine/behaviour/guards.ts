import type { NamedRef } from '../model/ProcessDefinition';
import { isRoleId, ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import { handelseDateOf } from '../calendar/handelseDate';
import { stockholmDate } from '../calendar/stockholmDate';
import type { ArendeContext, MachineEvent } from '../model/ArendeContext';
import type { GuardImpl, Tri } from '../model/GuardImpl';
import { OtherValue } from '../model/GuardImpl';
import { keepsReceived } from './keepsReceived';
import { readPath } from './readPath';
import { mayHaveStatus } from '../model/AtgardMask';

export { OtherValue } from '../model/GuardImpl';
export type { AbstractEvent, GuardImpl, Tri } from '../model/GuardImpl';

type Params = Record<string, unknown>;

const unknownAbstract = (): Tri => 'unknown';
const noParams = (): undefined => undefined;

function whenFalse(ok: boolean, reason: string): string[] {
  return ok ? [] : [reason];
}

/** The reasons list of a check that finds at most one problem. */
const reasonOf = (problem: string | undefined): string[] => (problem ? [problem] : []);

function statusesOf(params: Params): string[] {
  return Array.isArray(params.status) ? (params.status as string[]) : [];
}

const ATGARD_STATUS_TITLES: Record<string, string> = {
  planerad: 'planerad',
  genomford: 'genomförd',
  verifierad: 'verifierad',
  atertagen: 'återtagen',
};

function unverified(ctx: ArendeContext) {
  return ctx.atgarder.filter((a) => a.status !== 'verifierad' && a.status !== 'atertagen');
}

/**
 * Keys of an earlier step's rows (`risker[].nr`) that this event's rows (`rader[].nr`) leave out: e.g. a register's risks not followed up.
 */
/** The row keys an earlier step recorded (`params.event`, `params.rows`, e.g. `risker[].nr`). */
function rowsOf(ctx: ArendeContext, params: Params): unknown[] {
  const rows = readPath(ctx.steps[params.event as string]?.data, params.rows as string);
  return Array.isArray(rows) ? rows : [];
}

function unansweredRows(ctx: ArendeContext, ev: MachineEvent, params: Params): unknown[] {
  const answered = readPath(ev.data, params.answers as string);
  const set = new Set(Array.isArray(answered) ? answered : []);
  return rowsOf(ctx, params).filter((key) => !set.has(key));
}

/** Numbers the event names at `params.path` (one, or a list) that are not rows of the earlier step (`params.rows`). */
function strangerRows(ctx: ArendeContext, ev: MachineEvent, params: Params): unknown[] {
  const have = new Set(rowsOf(ctx, params));
  const named = readPath(ev.data, params.path as string);
  return (Array.isArray(named) ? named : named === undefined ? [] : [named]).filter((nr) => !have.has(nr));
}

/** Values at `params.path` (e.g. `risker[].nr`) that occur more than once, each named once. */
function repeatedValues(ev: MachineEvent, params: Params): unknown[] {
  const values = readPath(ev.data, params.path as string);
  const seen = new Set<unknown>();
  const repeated = new Set<unknown>();
  for (const v of Array.isArray(values) ? values : []) (seen.has(v) ? repeated : seen).add(v);
  return [...repeated];
}

/** A date the event records that is not in the year it also records (a plan's occasion outside the plan's year). */
function dateOutsideYear(ev: MachineEvent, params: Params): string | undefined {
  const { label, date } = dayIn(ev, params);
  const year = readPath(ev.data, params.yearPath as string);
  if (typeof date !== 'string' || typeof year !== 'number' || date.startsWith(`${year}-`)) return undefined;
  return `${label} (${date}) ligger inte i ${typeof params.yearLabel === 'string' ? params.yearLabel : 'året'} ${year}.`;
}

/** The date (YYYY-MM-DD) an event records at `params.path` with the label its messages use, or why it has none. */
function dayIn(ev: MachineEvent, params: Params): { label: string; date?: string; problem?: string } {
  const label = typeof params.label === 'string' ? params.label : 'Datumet';
  const date = readPath(ev.data, params.path as string);
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? { label, date }
    : { label, problem: `${label} saknas eller är inte ett datum.` };
}

/** Items of a list that no row of another list names (`items` vs `by`), and names of rows that point at no item. */
function uncovered(ev: MachineEvent, params: Params): { missing: unknown[]; dangling: unknown[] } {
  const items = readPath(ev.data, params.items as string);
  const refs = readPath(ev.data, params.by as string);
  const have = Array.isArray(items) ? items : [];
  const named = new Set(Array.isArray(refs) ? refs : []);
  return { missing: have.filter((v) => !named.has(v)), dangling: [...named].filter((v) => !have.includes(v)) };
}

/** Why a recorded date is not between an earlier step and today (Stockholm), or undefined when it is. */
function dateOutsideWindow(ctx: ArendeContext, ev: MachineEvent, params: Params): string | undefined {
  const { label, date, problem } = dayIn(ev, params);
  if (date === undefined) return problem;
  const today = stockholmDate(ev.at);
  if (today !== undefined && date > today) return `${label} (${date}) kan inte ligga i framtiden; i dag är det ${today}.`;
  const earlier = ctx.steps[params.notBefore as string];
  // An ärende registered late (efterregistrering) records its real dates: bounded by its rapport date instead.
  const rapport = typeof params.lateFrom === 'string' ? ctx.steps[params.lateFrom]?.data : undefined;
  const late = readPath(rapport, 'efterregistrering') === true ? readPath(rapport, 'efterregistreringDatum') : undefined;
  const earliest = typeof late === 'string' ? late : earlier ? stockholmDate(earlier.at) : undefined;
  if (earliest !== undefined && date < earliest)
    return `${label} (${date}) kan inte vara före ${String(params.notBeforeTitle ?? 'föregående steg')} (${earliest}).`;
  return undefined;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The planned date a step recorded, or the latest re-planning's when `replannedBy` names one. */
function plannedDate(ctx: ArendeContext, params: Params): unknown {
  const replanned = typeof params.replannedBy === 'string' ? ctx.steps[params.replannedBy] : undefined;
  return readPath((replanned ?? ctx.steps[params.event as string])?.data, params.path as string);
}

/** Why an efterregistrering's rapport date is impossible (after today, before the händelse), or undefined when fine or absent. */
function lateReportProblem(ev: MachineEvent, params: Params): string | undefined {
  const date = readPath(ev.data, params.path as string);
  if (date === undefined) return undefined;
  const today = stockholmDate(ev.at) ?? '';
  if (typeof date !== 'string' || date > today)
    return `Datumet då rapporten lämnades (${String(date)}) kan inte ligga i framtiden; i dag är det ${today}.`;
  const happenedDate = handelseDateOf(readPath(ev.data, params.after as string));
  if (happenedDate !== undefined && date < happenedDate)
    return `Datumet då rapporten lämnades (${date}) kan inte vara före händelsen (${happenedDate}).`;
  return undefined;
}

/** Today as the guard judges it: Stockholm; definitions from before re-planning used the UTC date, and replay as recorded. */
function todayFor(ev: MachineEvent, params: Params): string {
  return typeof params.replannedBy === 'string' ? (stockholmDate(ev.at) ?? '') : ev.at.slice(0, 10);
}

/** Why a date in the event is not after today (Stockholm), or undefined when it is. */
function dateNotAfterToday(ev: MachineEvent, params: Params): string | undefined {
  const { label, date, problem } = dayIn(ev, params);
  if (date === undefined) return problem;
  const today = stockholmDate(ev.at);
  if (today !== undefined && date <= today)
    return `${label} (${date}) måste ligga efter i dag (${today}). ${typeof params.why === 'string' ? params.why : ''}`.trim();
  return undefined;
}

/** The engine's generic guards; `all` and `hasLink` need the registry's table and links (`guardTable.ts`). */
export const BASE_GUARDS: Readonly<Record<string, GuardImpl>> = {
  isRole: {
    readsEventData: false,
    describe: (p) => `Utförs av ${ROLE_TITLES[p.role as RoleId] ?? String(p.role)}`,
    test: (_c, ev, p) => ev.actor.role === p.role,
    explain: (_c, ev, p) => whenFalse(ev.actor.role === p.role, `Steget kräver rollen ${ROLE_TITLES[p.role as RoleId] ?? String(p.role)}.`),
    abstract: (ev, p) => ev.role === p.role,
    checkParams: (p) => (isRoleId(p.role) ? undefined : `okänd roll "${String(p.role)}"`),
  },
  isIndependent: {
    readsEventData: false,
    describe: () => 'Får inte utföras av rapportören eller någon inblandad i händelsen',
    test: (c, ev) => !c.jav.includes(ev.actor.userId),
    explain: (c, ev) =>
      whenFalse(
        !c.jav.includes(ev.actor.userId),
        'Du är rapportör eller inblandad i händelsen och får därför inte utreda eller besluta (jäv).',
      ),
    abstract: unknownAbstract,
    checkParams: noParams,
  },
  dataEquals: {
    readsEventData: true,
    describe: (p) => `Uppgiften ${String(p.path)} är ${JSON.stringify(p.value)}`,
    test: (_c, ev, p) => readPath(ev.data, p.path as string) === p.value,
    explain: (_c, ev, p) =>
      whenFalse(readPath(ev.data, p.path as string) === p.value, `Uppgiften ${String(p.path)} måste vara ${JSON.stringify(p.value)}.`),
    abstract: (ev, p) => {
      if (!Object.hasOwn(ev.data, p.path as string)) return 'unknown';
      const value = ev.data[p.path as string];
      if (value instanceof OtherValue) return JSON.stringify(value.otherThan) === JSON.stringify(p.value) ? false : 'unknown';
      return value === p.value;
    },
    checkParams: (p) => (typeof p.path === 'string' && 'value' in p ? undefined : 'path och value krävs'),
  },
  hasStep: {
    readsEventData: false,
    describe: (p) =>
      typeof p.describe === 'string'
        ? p.describe
        : typeof p.message === 'string'
          ? `Krav: ${p.message}`
          : `Steget ${String(p.event)} är utfört`,
    test: (c, _ev, p) => {
      const step = c.steps[p.event as string];
      return step !== undefined && (typeof p.path !== 'string' || readPath(step.data, p.path) !== undefined);
    },
    explain: (c, ev, p) =>
      whenFalse(
        BASE_GUARDS.hasStep!.test(c, ev, p),
        typeof p.message === 'string' ? p.message : `Steget ${String(p.event)} är inte utfört.`,
      ),
    abstract: (ev, p) => (!ev.seen.has(p.event as string) ? false : typeof p.path === 'string' ? 'unknown' : true),
    checkParams: (p) => (typeof p.event === 'string' ? undefined : 'event krävs'),
  },
  stepEquals: {
    readsEventData: false,
    describe: (p) =>
      typeof p.describe === 'string' ? p.describe : `Steget ${String(p.event)} angav ${String(p.path)} = ${JSON.stringify(p.value)}`,
    test: (c, _ev, p) => readPath(c.steps[p.event as string]?.data, p.path as string) === p.value,
    explain: (c, ev, p) =>
      whenFalse(
        BASE_GUARDS.stepEquals!.test(c, ev, p),
        typeof p.message === 'string' ? p.message : `Steget ${String(p.event)} angav inte ${String(p.path)} = ${JSON.stringify(p.value)}.`,
      ),
    abstract: (ev, p) =>
      ev.recorded?.(p.event as string, p.path as string, p.value) ?? (ev.seen.has(p.event as string) ? 'unknown' : false),
    checkParams: (p) =>
      typeof p.event === 'string' && typeof p.path === 'string' && 'value' in p ? undefined : 'event, path och value krävs',
  },
  lacksStep: {
    readsEventData: false,
    describe: (p) => (typeof p.describe === 'string' ? p.describe : `Steget ${String(p.event)} är inte utfört`),
    test: (c, _ev, p) => c.steps[p.event as string] === undefined,
    explain: (c, _ev, p) =>
      whenFalse(
        c.steps[p.event as string] === undefined,
        typeof p.message === 'string' ? p.message : `Steget ${String(p.event)} är redan utfört.`,
      ),
    abstract: (ev, p) => !ev.seen.has(p.event as string),
    checkParams: (p) => (typeof p.event === 'string' ? undefined : 'event krävs'),
  },
  isDateBetweenStepAndToday: {
    readsEventData: true,
    describe: (p) =>
      p.notBefore === undefined
        ? `${typeof p.label === 'string' ? p.label : 'Datumet'} ligger inte i framtiden`
        : `${typeof p.label === 'string' ? p.label : 'Datumet'} ligger mellan ${String(p.notBeforeTitle ?? p.notBefore)} och i dag`,
    test: (c, ev, p) => dateOutsideWindow(c, ev, p) === undefined,
    explain: (c, ev, p) => reasonOf(dateOutsideWindow(c, ev, p)),
    abstract: unknownAbstract,
    // Without notBefore only the future is ruled out (a check done before it was entered in the plan is still real).
    checkParams: (p) =>
      typeof p.path === 'string' && (p.notBefore === undefined || typeof p.notBefore === 'string') ? undefined : 'path krävs',
  },
  hasAllAtgarderVerified: {
    readsEventData: false,
    describe: () => 'Varje åtgärd är genomförd och verifierad, eller återtagen med motivering',
    test: (c) => unverified(c).length === 0,
    explain: (c) => unverified(c).map((a) => `Åtgärden "${a.vad}" är ${ATGARD_STATUS_TITLES[a.status] ?? a.status} men inte verifierad.`),
    abstract: (ev) => (ev.atgarder === undefined ? 'unknown' : ev.atgarder === 0),
    checkParams: noParams,
  },
  atgardHasStatus: {
    readsEventData: true,
    describe: (p) =>
      `Åtgärden har status ${statusesOf(p)
        .map((s) => ATGARD_STATUS_TITLES[s] ?? s)
        .join(' eller ')}`,
    test: (c, ev, p) => {
      const a = c.atgarder.find((x) => x.id === readPath(ev.data, 'atgardId'));
      return a !== undefined && statusesOf(p).includes(a.status);
    },
    explain: (c, ev, p) => {
      const id = readPath(ev.data, 'atgardId');
      const a = c.atgarder.find((x) => x.id === id);
      if (!a) return [`Det finns ingen åtgärd med id "${String(id)}" i ärendet.`];
      const wanted = statusesOf(p)
        .map((s) => ATGARD_STATUS_TITLES[s] ?? s)
        .join(' eller ');
      return whenFalse(
        statusesOf(p).includes(a.status),
        `Åtgärden "${a.vad}" är ${ATGARD_STATUS_TITLES[a.status]}; den måste vara ${wanted}.`,
      );
    },
    // Some åtgärd of a tracked status may be chosen or not; one of an untracked status (verifierad) always may exist.
    abstract: (ev, p) => (ev.atgarder === undefined || statusesOf(p).some((s) => mayHaveStatus(ev.atgarder!, s)) ? 'unknown' : false),
    checkParams: (p) => (statusesOf(p).length > 0 ? undefined : 'status krävs'),
  },
  answersEveryRow: {
    readsEventData: true,
    describe: (p) => `Varje rad i ett tidigare steg (${String(p.rows)}) har ett svar (${String(p.answers)})`,
    test: (c, ev, p) => unansweredRows(c, ev, p).length === 0,
    explain: (c, ev, p) => unansweredRows(c, ev, p).map((nr) => `${String(p.label)} nr ${String(nr)} saknas.`),
    abstract: unknownAbstract,
    checkParams: (p) =>
      ['event', 'rows', 'answers', 'label'].every((k) => typeof p[k] === 'string') ? undefined : 'event, rows, answers och label krävs',
  },
  isRowOfStep: {
    readsEventData: true,
    describe: (p) => `${String(p.label)} som anges finns ${typeof p.where === 'string' ? p.where : 'i ett tidigare steg'}`,
    test: (c, ev, p) => strangerRows(c, ev, p).length === 0,
    explain: (c, ev, p) =>
      strangerRows(c, ev, p).map(
        (nr) => `${String(p.label)} nr ${String(nr)} finns inte${typeof p.where === 'string' ? ` ${p.where}` : ''}.`,
      ),
    abstract: unknownAbstract,
    checkParams: (p) =>
      ['event', 'rows', 'path', 'label'].every((k) => typeof p[k] === 'string') ? undefined : 'event, rows, path och label krävs',
  },
  hasUniqueValues: {
    readsEventData: true,
    describe: (p) => `Varje ${String(p.label).toLowerCase()} har ett eget nummer`,
    test: (_c, ev, p) => repeatedValues(ev, p).length === 0,
    explain: (_c, ev, p) =>
      repeatedValues(ev, p).map((nr) => `${String(p.label)} nr ${String(nr)} finns på flera rader. Ge varje rad ett eget nummer.`),
    abstract: unknownAbstract,
    checkParams: (p) => (typeof p.path === 'string' && typeof p.label === 'string' ? undefined : 'path och label krävs'),
  },
  isDateInYear: {
    readsEventData: true,
    describe: (p) =>
      `${typeof p.label === 'string' ? p.label : 'Datumet'} ligger i ${typeof p.yearLabel === 'string' ? p.yearLabel : 'året'}`,
    test: (_c, ev, p) => dateOutsideYear(ev, p) === undefined,
    explain: (_c, ev, p) => reasonOf(dateOutsideYear(ev, p)),
    abstract: unknownAbstract,
    checkParams: (p) => (typeof p.path === 'string' && typeof p.yearPath === 'string' ? undefined : 'path och yearPath krävs'),
  },
  hasItemForEvery: {
    readsEventData: true,
    describe: (p) => `Varje ${String(p.itemTitle ?? 'rad')} har minst en ${String(p.byTitle ?? 'rad')}`,
    test: (_c, ev, p) => {
      const u = uncovered(ev, p);
      return u.missing.length === 0 && u.dangling.length === 0;
    },
    explain: (_c, ev, p) => {
      const u = uncovered(ev, p);
      const item = String(p.itemTitle ?? 'rad');
      const by = String(p.byTitle ?? 'rad');
      return [
        ...u.missing.map((nr) => `${capitalised(item)} nr ${String(nr)} saknar ${by}.`),
        ...u.dangling.map((nr) => `En ${by} gäller ${item} nr ${String(nr)}, som inte finns.`),
      ];
    },
    abstract: unknownAbstract,
    checkParams: (p) => (typeof p.items === 'string' && typeof p.by === 'string' ? undefined : 'items och by krävs'),
  },
  isBeforeStepDate: {
    readsEventData: true,
    describe: () => 'Görs före förändringens planerade startdatum',
    test: (c, ev, p) => {
      const date = plannedDate(c, p);
      return typeof date === 'string' && todayFor(ev, p) < date;
    },
    explain: (c, ev, p) => {
      const date = plannedDate(c, p);
      const today = todayFor(ev, p);
      const replan =
        typeof p.replannedBy === 'string'
          ? ' Enhetschefen kan planera om starten med ett nytt datum och skäl, eller verksamhetschefen avbryta analysen.'
          : '';
      return whenFalse(
        typeof date === 'string' && today < date,
        `Godkännandet måste ske före förändringens planerade start (${String(date)}); i dag är det ${today}.${replan}`,
      );
    },
    abstract: unknownAbstract,
    checkParams: (p) =>
      typeof p.event === 'string' && typeof p.path === 'string' && (p.replannedBy === undefined || typeof p.replannedBy === 'string')
        ? undefined
        : 'event och path krävs',
  },
  isLateReportDated: {
    readsEventData: true,
    describe: () => 'En efterregistrerad rapport lämnades efter händelsen och inte i framtiden',
    test: (_c, ev, p) => lateReportProblem(ev, p) === undefined,
    explain: (_c, ev, p) => reasonOf(lateReportProblem(ev, p)),
    abstract: unknownAbstract,
    checkParams: (p) => (typeof p.path === 'string' && typeof p.after === 'string' ? undefined : 'path och after krävs'),
  },
  isDateAfterToday: {
    readsEventData: true,
    describe: (p) => `${typeof p.label === 'string' ? p.label : 'Datumet'} ligger efter i dag`,
    test: (_c, ev, p) => dateNotAfterToday(ev, p) === undefined,
    explain: (_c, ev, p) => reasonOf(dateNotAfterToday(ev, p)),
    abstract: unknownAbstract,
    checkParams: (p) => (typeof p.path === 'string' ? undefined : 'path krävs'),
  },
  keepsReceived,
};

/** Flattens a guard into the list of its leaf references (through `all`). */
export function leafGuards(guard: NamedRef | undefined): NamedRef[] {
  if (!guard) return [];
  if (guard.type === 'all') return ((guard.params?.guards as NamedRef[]) ?? []).flatMap(leafGuards);
  return [guard];
}

/** The role a transition demands through its isRole guard, if any. */
export function requiredRoleOf(guard: NamedRef | undefined): RoleId | undefined {
  const roles = leafGuards(guard).filter((g) => g.type === 'isRole');
  return roles.length === 1 ? (roles[0]!.params?.role as RoleId) : undefined;
}
