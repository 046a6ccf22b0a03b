import { readPath } from '../behaviour/readPath';
import { isBefore, recordedDate, stockholmClockText } from '../calendar/recordedDate';
import type { RecordedDate } from '../calendar/recordedDate';
import { isoToMs, stockholmDate } from '../calendar/stockholmDate';
import { DATE_FLOOR } from '../model/DateRule';
import type { DateRef, DateRule } from '../model/DateRule';
import type { LegalSkeleton } from '../model/LegalSkeleton';
import type { Enhet, Organisation } from '../model/Organisation';
import type { FieldError } from '../ports/SchemaValidator';
import type { ArendeState } from './ArendeState';

/** A submission as the date rules judge it: its data, its time, the log before it and the ärende's enhet. */
export interface DateSubmission {
  type: string;
  data: unknown;
  /** When it is submitted (ISO instant): the future starts after it (after its Stockholm day, for a date). */
  at: string;
  /** The ärende's events before it, oldest first: where a rule's earlier dates are read. */
  history: readonly { type: string; stepData?: unknown }[];
  /** The ärende's enhet; without it the enhet's start and end are not judged. */
  enhet?: Pick<Enhet, 'namn' | 'startDatum' | 'slutDatum'>;
}

// A browser clock a few minutes ahead of the server's does not make a händelse "in the future".
const CLOCK_SLACK_MS = 10 * 60_000;

interface Found {
  value: unknown;
  pointer: string;
  label: string;
}

const pointerOf = (path: string) => (path ? `/${path.split('.').join('/')}` : '');

/** The values at a rule's path: one, or one per row for `rows[].field`, each with its pointer and Swedish label. */
function valuesAt(data: unknown, rule: DateRule): Found[] {
  const cut = rule.path.indexOf('[]');
  if (cut < 0) return [{ value: readPath(data, rule.path), pointer: pointerOf(rule.path), label: rule.label }];
  const rows = readPath(data, rule.path.slice(0, cut));
  const rest = rule.path.slice(cut + 3);
  if (!Array.isArray(rows)) return [];
  return rows.map((row, i) => ({
    value: readPath(row, rest),
    pointer: `${pointerOf(rule.path.slice(0, cut))}/${i}${pointerOf(rest)}`,
    label: `${rule.label} på rad ${i + 1}`,
  }));
}

/** A referenced value: in the submission itself, or in the latest earlier event of `ref.events` that recorded it. */
function refValue(ref: DateRef, sub: DateSubmission): unknown {
  if (!ref.events) return readPath(sub.data, ref.path);
  for (let i = sub.history.length - 1; i >= 0; i--) {
    const e = sub.history[i]!;
    if (!ref.events.includes(e.type)) continue;
    const value = readPath(e.stepData, ref.path);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

function futureProblem(date: RecordedDate, label: string, at: string): string | undefined {
  const nowMs = isoToMs(at);
  if (date.ms !== undefined)
    return date.ms > nowMs + CLOCK_SLACK_MS
      ? `${label} (${date.text}) kan inte ligga i framtiden; klockan är nu ${stockholmClockText(nowMs)}.`
      : undefined;
  const today = stockholmDate(at);
  return today !== undefined && date.day > today ? `${label} (${date.text}) kan inte ligga i framtiden; i dag är det ${today}.` : undefined;
}

function periodProblem(
  date: RecordedDate,
  label: string,
  ref: NonNullable<DateRule['inPeriodOf']>,
  sub: DateSubmission,
): string | undefined {
  const year = refValue(ref, sub);
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const yyyy = String(year).padStart(4, '0');
  if (date.day < `${yyyy}-01-01`)
    return ref.startOnly
      ? `${label} (${date.text}) kan inte vara före ${ref.label} ${year}.`
      : `${label} (${date.text}) ligger inte i ${ref.label} ${year}.`;
  if (!ref.startOnly && date.day > `${yyyy}-12-31`) return `${label} (${date.text}) ligger inte i ${ref.label} ${year}.`;
  return undefined;
}

function enhetProblems(date: RecordedDate, label: string, rule: DateRule, enhet: DateSubmission['enhet']): string[] {
  if (!rule.notBeforeEnhet || !enhet) return [];
  const out: string[] = [];
  if (enhet.startDatum && date.day < enhet.startDatum)
    out.push(`${label} (${date.text}) kan inte vara före den dag ${enhet.namn} startade (${enhet.startDatum}).`);
  if (rule.notBeforeEnhet === 'startAndEnd' && enhet.slutDatum && date.day > enhet.slutDatum)
    out.push(`${label} (${date.text}) kan inte vara efter den dag ${enhet.namn} stängdes (${enhet.slutDatum}).`);
  return out;
}

/** Everything wrong with one recorded value under one rule, in Swedish, each naming the field. */
function problemsOf(rule: DateRule, found: Found, sub: DateSubmission): string[] {
  const { label } = found;
  const date = recordedDate(found.value);
  if (!date) return [`${label} ("${String(found.value)}") är inte ett datum.`];
  // The day alone: the Stockholm clock of 1901 is not the calendar's EU rule.
  if (date.day < DATE_FLOOR) return [`${label} (${date.day}) kan inte ligga före ${DATE_FLOOR}.`];
  const out: string[] = [];
  const future = rule.notFuture ? futureProblem(date, label, sub.at) : undefined;
  if (future) out.push(future);
  for (const ref of rule.notBefore ?? []) {
    const other = recordedDate(refValue(ref, sub));
    if (other && isBefore(date, other)) out.push(`${label} (${date.text}) kan inte vara före ${ref.label} (${other.text}).`);
  }
  const period = rule.inPeriodOf ? periodProblem(date, label, rule.inPeriodOf, sub) : undefined;
  if (period) out.push(period);
  return [...out, ...enhetProblems(date, label, rule, sub.enhet)];
}

/**
 * The skeleton's date rules for one submission, as Swedish field errors (empty when every date holds). A field the
 * data leaves out is not judged: whether it is required is the form's rule, and the verifier keeps it in the form.
 */
export function datePolicyErrors(rules: readonly DateRule[], sub: DateSubmission): FieldError[] {
  const out: FieldError[] = [];
  for (const rule of rules) {
    if (rule.event !== sub.type) continue;
    for (const found of valuesAt(sub.data, rule)) {
      if (found.value === undefined || found.value === null || found.value === '') continue;
      for (const message of problemsOf(rule, found, sub)) out.push({ pointer: found.pointer, label: found.label, message });
    }
  }
  return out;
}

const NO_RULES: readonly DateRule[] = [];

/** The skeleton's date rules (none without a skeleton). */
export function dateRulesOf(skeleton: LegalSkeleton | undefined): readonly DateRule[] {
  return skeleton?.dates ?? NO_RULES;
}

/**
 * A new submission on an ärende against its process's skeleton, whatever the ärende's definition says: so a
 * process owner cannot edit the rules out. Replay never calls this (stored ärenden keep replaying).
 */
export function submissionDateErrors(
  state: ArendeState,
  command: { type: string; data: unknown },
  at: string,
  org: Organisation,
): FieldError[] {
  const rules = dateRulesOf(state.loaded.pack.skeleton);
  if (rules.length === 0) return [];
  const enhet = org.enheter.find((e) => e.id === state.open.enhetId);
  return datePolicyErrors(rules, { type: command.type, data: command.data, at, history: state.events, enhet });
}

/**
 * Whether a stored event (at `index` of its ärende's log starting at `from`) records a date the rules refuse, judged
 * at its own time without the enhet: such an event, stored before the rules, meets no obligation (komplettering).
 */
export function storedDatesRefused(
  skeleton: LegalSkeleton | undefined,
  events: readonly { type: string; stepData?: unknown; at: string }[],
  index: number,
  from = 0,
): boolean {
  const rules = dateRulesOf(skeleton);
  const e = events[index]!;
  if (!rules.some((r) => r.event === e.type)) return false;
  return datePolicyErrors(rules, { type: e.type, data: e.stepData, at: e.at, history: events.slice(from, index) }).length > 0;
}
