import { titleOf } from '../definition/StateGraph';
import type { GraphTransition } from '../definition/StateGraph';
import { ROLE_TITLES } from '../model/Role';
import type { ArendeState } from './ArendeState';
import { activePaths } from './activePaths';

/** Transitions of the current configuration that listen to the event type (innermost first). */
export function candidateTransitions(state: ArendeState, eventType: string): GraphTransition[] {
  const graph = state.loaded.graph;
  const paths = activePaths(state.snapshot.value);
  const out: GraphTransition[] = [];
  for (const path of paths.sort((a, b) => b.length - a.length)) {
    const list = graph.bySourceEvent.get(`${path}|${eventType}`);
    if (list) out.push(...list);
  }
  return out;
}

/** The atomic steps that are active now (states with a form), for "waiting for" messages. */
export function activeStepPaths(state: ArendeState): string[] {
  const graph = state.loaded.graph;
  return activePaths(state.snapshot.value).filter((p) => {
    const node = graph.nodes.get(p);
    return node?.kind === 'atomic' && node.meta?.form !== undefined;
  });
}

/** "Utredning (SAS)" for each active step: what an ärende is waiting for. */
export function waitingSteps(state: ArendeState): string[] {
  const graph = state.loaded.graph;
  return activeStepPaths(state).map((p) => {
    const role = graph.nodes.get(p)?.meta?.role;
    return `${titleOf(graph, p)}${role ? ` (${ROLE_TITLES[role]})` : ''}`;
  });
}
