import { leafGuards, requiredRoleOf } from '../behaviour/guards';
import { ancestorsOf } from '../definition/StateGraph';
import type { GraphTransition } from '../definition/StateGraph';
import type { MachineEvent } from '../model/ArendeContext';
import { isRoleId } from '../model/Role';
import type { ArendeState } from '../runtime/ArendeState';
import { lastEvent } from '../runtime/ArendeState';
import { activeLeaves } from './proveMigration';

/** Someone fictitious in the role: a stuck ärende is one no holder of any role could move, whoever she is. */
const ANYONE = 'stuck-probe';

/**
 * Could anyone ever send this event now? Its role must exist, and every guard that judges the ärende alone (not the form's
 * content) must hold. Nothing else can change the context while no event is possible, so "not now" means "never".
 */
function possible(state: ArendeState, t: GraphTransition): boolean {
  const role = requiredRoleOf(t.guard);
  if (!role || !isRoleId(role)) return false;
  const last = lastEvent(state);
  const probe: MachineEvent = { type: t.event, data: undefined, actor: { userId: ANYONE, role }, at: last.at, seq: last.seq + 1 };
  return leafGuards(t.guard).every((g) => {
    const impl = state.loaded.guards[g.type];
    if (!impl) return false;
    return impl.readsEventData || impl.explain(state.snapshot.context, probe, g.params ?? {}).length === 0;
  });
}

/**
 * When an open ärende got stuck (no action possible for anyone in its active steps: a step that lost its way on, a role
 * that no longer exists, guards that can never hold), or undefined while someone can act or it is closed.
 */
export function stuckSince(state: ArendeState): string | undefined {
  if (state.status === 'closed') return undefined;
  const { graph } = state.loaded;
  const leaves = activeLeaves(graph, state.snapshot.value);
  const active = new Set(leaves.flatMap((l) => [l, ...ancestorsOf(graph, l)]));
  const movable = graph.transitions.some((t) => t.event !== 'done' && active.has(t.source) && possible(state, t));
  if (movable) return undefined;
  const entered = state.entries.filter((e) => leaves.includes(e.path)).map((e) => e.at);
  return entered.sort().at(-1) ?? lastEvent(state).at;
}
