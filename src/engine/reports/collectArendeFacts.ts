import { storedDatesRefused } from '../runtime/datePolicy';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import type { ArendeEvent } from '../model/ArendeEvent';
import { clockStart, dueFrom } from '../obligations/dates';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { ArendeFacts, AtgardFacts, LateObligation, PlanFacts } from '../model/ArendeFacts';
import type { PackRegistry } from '../model/PackRegistry';
import type { PlannedVsPerformed } from '../model/ProcessPack';
import { definitionRules } from './definitionRules';
import type { DefinitionRules, EventPlan, ObligationRule } from './definitionRules';
import type { LegalSkeleton } from '../model/LegalSkeleton';
import { handelseDateOf } from '../calendar/handelseDate';
import { daysBetweenDates, isoToMs, stockholmDate } from '../calendar/stockholmDate';

const NONE: readonly never[] = Object.freeze([]);

export interface CollectInput {
  /** Summary rows: one per ärende; ärenden without a row (or without events) are skipped. */
  summaries: readonly ArendeSummary[];
  /** Events of the ärenden, ideally grouped by ärende in seq order (as both stores return them). */
  events: readonly ArendeEvent[];
  /** The definitions the ärenden are pinned to (for åtgärd commands, rapport step and deadlines). */
  definitions: readonly ProcessDefinition[];
  /** The processes' packs: where each records its händelse and plan, and its skeleton's date rules. */
  packs: PackRegistry;
}

function field(data: unknown, key: string): unknown {
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
}

function atgarderAdded(ev: ArendeEvent, out: AtgardFacts[]): void {
  const list = field(ev.stepData, 'atgarder');
  const single = field(ev.stepData, 'atgard');
  const items = Array.isArray(list) ? list : single && typeof single === 'object' ? [single] : NONE;
  // Same ids as the addAtgarder action, so later status commands find them.
  for (let i = 0; i < items.length; i++) {
    const klart = field(items[i], 'klartDatum');
    out.push({ id: `atgard:${ev.seq}.${i + 1}`, klartDatum: typeof klart === 'string' ? klart : '', status: 'planerad' });
  }
}

/**
 * Start of an obligation's clock for an entry at `entry`, met at `met`: the entry, or the latest `fromEvent` up to
 * it, or a later re-planning (`updatedBy`) before `met` (as `computeObligations`).
 */
function startOf(
  events: readonly ArendeEvent[],
  from: number,
  entry: number,
  met: number,
  rule: ObligationRule,
): { at: string; wholeDays: boolean } | undefined {
  if (rule.fromEvent === undefined) return { at: events[entry]!.at, wholeDays: false };
  for (let j = rule.updatedBy === undefined ? entry : met - 1; j >= from; j--) {
    const type = events[j]!.type;
    if (type === rule.updatedBy || (type === rule.fromEvent && j <= entry)) return clockStart(events[j]!, rule.fromPath);
  }
  return undefined;
}

function isLate(start: { at: string; wholeDays: boolean }, metAt: string, rule: ObligationRule): boolean {
  return isoToMs(metAt) > isoToMs(dueFrom(start, rule.days, rule.months, rule.workingDays));
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateIn(data: unknown, path: string): string | undefined {
  const value = field(data, path);
  return typeof value === 'string' && PLAIN_DATE.test(value) ? value : undefined;
}

/** The plan's dates and findings from one event, when the ärende's pack reports planned against performed. */
function planStep(ev: ArendeEvent, spec: PlannedVsPerformed, plan: PlanFacts): void {
  if (ev.type === spec.planned.event || ev.type === spec.planned.updatedBy)
    plan.plannedDate = dateIn(ev.stepData, spec.planned.path) ?? plan.plannedDate;
  if (ev.type === spec.performed.event) plan.performedDate = dateIn(ev.stepData, spec.performed.path) ?? plan.performedDate;
  if (spec.findings && ev.type === spec.findings.event) plan.findings = field(ev.stepData, spec.findings.path) === true;
}

/** Per-ärende scratch for the obligation rules, reused across ärenden to avoid allocations. */
interface Scratch {
  entry: Int32Array;
  late: Uint8Array;
}

/** One ärende's walk through its events: where it reads, and what it has found so far. */
interface Walk {
  events: readonly ArendeEvent[];
  from: number;
  obligations: readonly ObligationRule[];
  scratch: Scratch;
  skeleton: LegalSkeleton | undefined;
  reportedAt?: string;
  reportData?: unknown;
  atgarder?: AtgardFacts[];
  occasion?: PlanFacts;
}

/**
 * One ärende's facts from its events `[from, to)`. Obligations follow computeObligations: an
 * entry is met by the first `metBy` after it; of several entries before it the earliest decides
 * (its due is earliest), except onDone entries, where the latest is the real one.
 */
function factsOf(
  events: readonly ArendeEvent[],
  from: number,
  to: number,
  summary: ArendeSummary,
  rules: DefinitionRules | undefined,
  scratch: Scratch,
  packs: PackRegistry,
): ArendeFacts {
  const walk = walkEvents(events, from, to, summary, rules, scratch, packs);
  const { reportedAt, reportData, atgarder, occasion } = walk;
  const { reportedDate, handelseDate, efterregistrerad } = reportDates(reportedAt, reportData, packs.handelseFields[summary.processType]);
  const closedDate = summary.status === 'closed' ? stockholmDate(summary.updatedAt) : undefined;
  const own = packs.packOf(summary.processType)?.facts?.({ events, summary, from, to });
  return {
    arendeId: summary.arendeId,
    processType: summary.processType,
    enhetId: summary.enhetId,
    status: summary.status,
    rubrik: summary.rubrik,
    kategori: summary.kategori,
    ...(summary.kategori === 'ovrigt' && typeof field(reportData, 'kategoriBeskrivning') === 'string'
      ? { kategoriBeskrivning: field(reportData, 'kategoriBeskrivning') as string }
      : {}),
    // Only drafts need it (to place them in a period); skipping it saves a date per ärende.
    openedDate: reportedAt === undefined ? stockholmDate(summary.openedAt) : undefined,
    reportedAt,
    reportedDate,
    handelseDate,
    closedDate,
    ...(efterregistrerad ? { efterregistrerad } : {}),
    // Handled before the system knew of it: its time in the system says nothing of the lead time.
    leadTimeDays: reportedDate && closedDate && !efterregistrerad ? daysBetweenDates(reportedDate, closedDate) : undefined,
    atgarder: atgarder ?? NONE,
    ...(occasion ? { plan: occasion } : {}),
    lateObligations: lateObligations(walk) ?? NONE,
    openDeadlines: summary.status === 'open' ? summary.deadlines : NONE,
    ...(own !== undefined ? { pack: own } : {}),
  };
}

/** One pass over the ärende's events: the rapport, åtgärder, obligations met late and the plan. */
function walkEvents(
  events: readonly ArendeEvent[],
  from: number,
  to: number,
  summary: ArendeSummary,
  rules: DefinitionRules | undefined,
  scratch: Scratch,
  packs: PackRegistry,
): Walk {
  const obligations = rules?.obligations ?? NONE;
  scratch.entry.fill(-1, 0, obligations.length);
  scratch.late.fill(0, 0, obligations.length);
  const walk: Walk = { events, from, obligations, scratch, skeleton: packs.skeletons[summary.processType] };
  const planSpec = packs.planFields[summary.processType];
  if (planSpec) walk.occasion = {};
  for (let i = from; i < to; i++) {
    const ev = events[i]!;
    if (walk.occasion) planStep(ev, planSpec!, walk.occasion);
    const plan = rules?.byEvent.get(ev.type);
    if (plan) ruleStep(walk, i, plan);
  }
  return walk;
}

/** What the definition's rules say about event `i`: the rapport, åtgärder added or changed, obligations met or entered. */
function ruleStep(walk: Walk, i: number, plan: EventPlan): void {
  const { events, from, obligations, scratch } = walk;
  const ev = events[i]!;
  if (plan.report && walk.reportedAt === undefined) {
    walk.reportedAt = ev.at;
    walk.reportData = ev.stepData;
  }
  if (plan.atgardAdd) atgarderAdded(ev, (walk.atgarder ??= []));
  if (plan.atgardStatus && walk.atgarder) {
    const id = field(ev.stepData, 'atgardId');
    for (const a of walk.atgarder) if (a.id === id) a.status = plan.atgardStatus;
  }
  // As computeObligations: an event whose dates the skeleton refuses (stored before the rules) meets nothing.
  const meets = plan.meets.length > 0 && storedDatesRefused(walk.skeleton, events, i, from) ? NONE : plan.meets;
  for (const r of meets) {
    const entry = scratch.entry[r]!;
    if (entry < 0) continue;
    const rule = obligations[r]!;
    const start = startOf(events, from, entry, i, rule);
    if (start !== undefined && isLate(start, ev.at, rule)) scratch.late[r] = 1;
    scratch.entry[r] = -1;
  }
  for (const r of plan.enters) if (scratch.entry[r]! < 0 || obligations[r]!.latestEntry) scratch.entry[r] = i;
}

/** The obligations met late, each once (undefined: none). */
function lateObligations({ obligations, scratch }: Walk): LateObligation[] | undefined {
  let late: LateObligation[] | undefined;
  for (let r = 0; r < obligations.length; r++) {
    const rule = obligations[r]!;
    if (scratch.late[r] && !late?.some((l) => l.id === rule.id)) (late ??= []).push({ id: rule.id, title: rule.title, kind: rule.kind });
  }
  return late;
}

/** The rapport's day (an efterregistrering's own date) and the händelse's day (the pack's field, else the rapport's). */
function reportDates(
  reportedAt: string | undefined,
  reportData: unknown,
  handelseField: string | undefined,
): { reportedDate?: string; handelseDate?: string; efterregistrerad: boolean } {
  // An efterregistrering carries the date the rapport was really given.
  const lateDate = field(reportData, 'efterregistreringDatum');
  const efterregistrerad = reportedAt !== undefined && field(reportData, 'efterregistrering') === true && typeof lateDate === 'string';
  const reportedDate = reportedAt === undefined ? undefined : efterregistrerad ? (lateDate as string) : stockholmDate(reportedAt);
  const handelseDate =
    reportedDate === undefined ? undefined : (handelseField && handelseDateOf(field(reportData, handelseField))) || reportedDate;
  return { reportedDate, handelseDate, efterregistrerad };
}

/** The summary's pinned definition; else the one the open event names (an ärende moved to a newer version). */
function rulesFor(rules: ReadonlyMap<string, DefinitionRules>, summary: ArendeSummary, first: ArendeEvent): DefinitionRules | undefined {
  const pinned = rules.get(`${summary.definitionId}@${summary.definitionVersion}`);
  if (pinned) return pinned;
  const id = field(first.stepData, 'definitionId');
  const version = field(first.stepData, 'definitionVersion');
  return typeof id === 'string' && typeof version === 'number' ? rules.get(`${id}@${version}`) : undefined;
}

function byArendeAndSeq(a: ArendeEvent, b: ArendeEvent): number {
  return a.arendeId < b.arendeId ? -1 : a.arendeId > b.arendeId ? 1 : a.seq - b.seq;
}

/**
 * One pass over events grouped by ärende in seq order. Summary rows are matched by walking them
 * alongside (both stores return them in the same order as the event groups), with a map lookup
 * only where the orders differ. Returns undefined, having done no harm, when it meets an ärende a
 * second time or a falling seq: the caller then sorts and retries.
 */
function fold(
  events: readonly ArendeEvent[],
  input: CollectInput,
  rulesByRef: ReadonlyMap<string, DefinitionRules>,
): ArendeFacts[] | undefined {
  const rows = input.summaries;
  const consumed = new Uint8Array(rows.length);
  let index: Map<string, number> | undefined;
  let maxRules = 0;
  for (const r of rulesByRef.values()) maxRules = Math.max(maxRules, r.obligations.length);
  const scratch: Scratch = { entry: new Int32Array(maxRules), late: new Uint8Array(maxRules) };
  let cached: { ref: ArendeSummary; rules: DefinitionRules | undefined } | undefined;
  const out: ArendeFacts[] = [];
  let next = 0;
  let start = 0;
  for (let i = 1; i <= events.length; i++) {
    const first = events[start]!;
    if (i < events.length && events[i]!.arendeId === first.arendeId) {
      if (events[i]!.seq <= events[i - 1]!.seq) return undefined;
      continue;
    }
    while (next < rows.length && consumed[next]) next++;
    let at = -1;
    if (next < rows.length && rows[next]!.arendeId === first.arendeId) at = next;
    else {
      if (!index) {
        index = new Map();
        for (let k = 0; k < rows.length; k++) index.set(rows[k]!.arendeId, k);
      }
      at = index.get(first.arendeId) ?? -1;
      if (at >= 0 && consumed[at]) return undefined;
    }
    if (at >= 0) {
      consumed[at] = 1;
      const summary = rows[at]!;
      // Most ärenden share a few definitions: reuse the last lookup when the pin is the same.
      if (!cached || cached.ref.definitionId !== summary.definitionId || cached.ref.definitionVersion !== summary.definitionVersion)
        cached = { ref: summary, rules: rulesFor(rulesByRef, summary, first) };
      out.push(factsOf(events, start, i, summary, cached.rules, scratch, input.packs));
    }
    start = i;
  }
  return out;
}

/**
 * Folds the raw events of every ärende once (no XState replay) into compact {@link ArendeFacts},
 * the input of every report function: one map lookup per event and per ärende. Collect once,
 * then run reports for any period or unit. Events in another order are sorted (a copy) first.
 */
export function collectArendeFacts(input: CollectInput): ArendeFacts[] {
  const rulesByRef = new Map<string, DefinitionRules>();
  for (const d of input.definitions) rulesByRef.set(`${d.id}@${d.version}`, rulesOf(d));
  const facts = fold(input.events, input, rulesByRef) ?? fold([...input.events].sort(byArendeAndSeq), input, rulesByRef);
  if (!facts) throw new Error('Händelserna innehåller samma ärende och händelsenummer två gånger.');
  return facts;
}

// Definitions are immutable once published: their rules are worked out once (each commit folds one ärende).
const RULES = new WeakMap<ProcessDefinition, DefinitionRules>();
function rulesOf(d: ProcessDefinition): DefinitionRules {
  let r = RULES.get(d);
  if (!r) RULES.set(d, (r = definitionRules(d)));
  return r;
}
