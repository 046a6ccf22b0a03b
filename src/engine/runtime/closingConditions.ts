import { leafGuards } from '../behaviour/guards';
import { titleOf } from '../definition/StateGraph';
import type { MachineEvent } from '../model/ArendeContext';
import type { ArendeState } from './ArendeState';
import { lastEvent } from './ArendeState';
import { activePaths } from './activePaths';
import { waitingSteps } from './candidates';

export interface ClosingCondition {
  text: string;
  met: boolean;
  /** Why not, when unmet (Swedish, may list several things). */
  details: string[];
}

/**
 * The conditions for closing an ärende, each met or not: the closing step is reached, and every
 * rule on the transitions into a final state. Drives the disabled "Avsluta ärende" and its list.
 */
export function closingConditions(state: ArendeState): ClosingCondition[] {
  const { graph } = state.loaded;
  const closing = graph.transitions.filter(
    (t) =>
      t.target !== undefined &&
      graph.nodes.get(t.target)?.kind === 'final' &&
      graph.nodes.get(t.target)?.parent === undefined &&
      t.event !== 'done',
  );
  if (closing.length === 0 || state.status === 'closed') return [];
  const t = closing[0]!;
  const reached = activePaths(state.snapshot.value).includes(t.source);
  const waiting = waitingSteps(state).map((s) => `${s} är inte klart.`);
  const conditions: ClosingCondition[] = [
    { text: `Ärendet har kommit fram till steget ${titleOf(graph, t.source)}`, met: reached, details: reached ? [] : waiting },
  ];
  const probe: MachineEvent = { type: t.event, data: undefined, actor: { userId: '', role: 'sas' }, at: lastEvent(state).at, seq: 0 };
  for (const g of leafGuards(t.guard)) {
    const impl = state.loaded.guards[g.type]!;
    if (g.type === 'isRole' || impl.readsEventData) continue;
    const details = impl.explain(state.snapshot.context, probe, g.params ?? {});
    conditions.push({ text: impl.describe(g.params ?? {}), met: details.length === 0, details });
  }
  return conditions;
}
