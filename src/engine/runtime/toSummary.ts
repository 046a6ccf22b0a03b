import type { ArendeState } from './ArendeState';
import { lastEvent } from './ArendeState';
import type { ActiveStep, ArendeSummary } from './ArendeSummary';
import { activeStepPaths } from './candidates';

export function activeSteps(state: ArendeState): ActiveStep[] {
  const graph = state.loaded.graph;
  return activeStepPaths(state).map((path) => {
    const node = graph.nodes.get(path)!;
    return { key: node.key, path, title: node.meta?.title ?? node.key, role: node.meta?.role, mandated: node.meta?.mandatedStep === true };
  });
}

/** The list row written beside each event (snapshot cache included). */
export function toSummary(state: ArendeState): ArendeSummary {
  const last = lastEvent(state);
  return {
    arendeId: state.arendeId,
    processType: state.open.processType,
    definitionId: state.open.definitionId,
    definitionVersion: state.open.definitionVersion,
    enhetId: state.open.enhetId,
    status: state.status,
    value: state.snapshot.value,
    context: state.snapshot.context,
    activeSteps: activeSteps(state),
    lastSeq: last.seq,
    lastHash: last.hash,
    openedAt: state.openedAt,
    openedBy: state.openedBy,
    updatedAt: last.at,
    links: [...state.links],
  };
}
