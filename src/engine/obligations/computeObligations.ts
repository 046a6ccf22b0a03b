import { titleOf } from '../definition/StateGraph';
import type { RoleId } from '../org/Role';
import type { ArendeState } from '../runtime/ArendeState';
import { addDuration, DAY_MS, msBetween } from './dates';

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
  for (const entry of state.entries) {
    const node = graph.nodes.get(entry.path);
    for (const spec of node?.meta?.obligations ?? []) {
      let startedAt = entry.at;
      if ('event' in spec.from) {
        const type = spec.from.event;
        const from = [...state.events].reverse().find((e) => e.type === type && e.seq <= entry.seq);
        if (!from) continue;
        startedAt = from.at;
      }
      const dueAt = addDuration(startedAt, spec.days ?? 0, spec.months ?? 0);
      const met = state.events.find((e) => e.type === spec.metBy && e.seq > entry.seq);
      const exited = state.entries.some((x) => x.path === entry.path && x.seq > entry.seq) || state.status === 'closed';
      const status: ObligationStatus = met ? 'met' : exited ? 'cancelled' : 'open';
      const left = msBetween(now, dueAt);
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
