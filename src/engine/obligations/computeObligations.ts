import { titleOf } from '../definition/StateGraph';
import type { RoleId } from '../model/Role';
import type { ArendeState } from '../runtime/ArendeState';
import { storedDatesRefused } from '../runtime/datePolicy';
import { clockStart, DAY_MS, dueFrom } from './dates';

export type ObligationStatus = 'open' | 'met' | 'cancelled';

/** One deadline of one ärende, derived from its events and the clock. */
export interface Obligation {
  id: string;
  title: string;
  kind: 'sla' | 'legal';
  stepPath: string;
  stepTitle: string;
  role: RoleId | undefined;
  legalRef: string | undefined;
  startedAt: string;
  dueAt: string;
  status: ObligationStatus;
  metAt?: string;
  /** Met, but after the due date. */
  late: boolean;
  /** Open and past due now. */
  overdue: boolean;
  /** Open and due within `dueSoonDays`. */
  dueSoon: boolean;
}

/**
 * Obligations are computed, never scheduled: from the state entries of the replay, the events
 * that meet them and `now`. They survive reloads because nothing about them is stored.
 */
export function computeObligations(state: ArendeState, now: string, dueSoonDays = 2): Obligation[] {
  const { graph } = state.loaded;
  const out: Obligation[] = [];
  // One pass over the log: events by type, and the latest entry of each state.
  const byType = new Map<string, { seq: number; at: string; stepData?: unknown }[]>();
  for (const e of state.events) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  const lastEntry = new Map<string, number>();
  for (const x of state.entries) lastEntry.set(x.path, x.seq);
  const nowMs = Date.parse(now);
  for (const entry of state.entries) {
    const node = graph.nodes.get(entry.path);
    const specs = node?.meta?.obligations;
    if (!specs?.length) continue;
    for (const spec of specs) {
      // A date the skeleton refuses (stored before its date rules) meets nothing: a komplettering dated next month was not sent.
      const met = (byType.get(spec.metBy) ?? []).find(
        (e) => e.seq > entry.seq && !storedDatesRefused(state.loaded.pack.skeleton, state.events, e.seq),
      );
      let start = { at: entry.at, wholeDays: false };
      if ('event' in spec.from) {
        const from = (byType.get(spec.from.event) ?? []).filter((e) => e.seq <= entry.seq).pop();
        if (!from) continue;
        // A re-planning before the obligation was met moves its clock.
        const updated = spec.from.updatedBy
          ? (byType.get(spec.from.updatedBy) ?? []).filter((e) => e.seq > from.seq && e.seq < (met?.seq ?? Infinity)).pop()
          : undefined;
        start = clockStart(updated ?? from, spec.from.path);
      }
      const startedAt = start.at;
      const dueAt = dueFrom(start, spec.days ?? 0, spec.months ?? 0, spec.workingDays);
      const exited = lastEntry.get(entry.path)! > entry.seq || state.status === 'closed';
      const status: ObligationStatus = met ? 'met' : exited ? 'cancelled' : 'open';
      const left = Date.parse(dueAt) - nowMs;
      out.push({
        id: spec.id,
        title: spec.title,
        kind: spec.kind,
        stepPath: entry.path,
        stepTitle: titleOf(graph, entry.path),
        role: node?.meta?.role,
        legalRef: spec.legalRef,
        startedAt,
        dueAt,
        status,
        ...(met ? { metAt: met.at } : {}),
        late: met !== undefined && met.at > dueAt,
        overdue: status === 'open' && left < 0,
        dueSoon: status === 'open' && left >= 0 && left <= dueSoonDays * DAY_MS,
      });
    }
  }
  return out;
}
