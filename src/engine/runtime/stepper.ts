import { titleOf } from '../definition/StateGraph';
import type { RoleId } from '../model/Role';
import type { ArendeState } from './ArendeState';
import { activePaths } from './activePaths';

export type StepStatus = 'done' | 'current' | 'upcoming' | 'skipped';

export interface StepperItem {
  key: string;
  path: string;
  title: string;
  role: RoleId | undefined;
  mandated: boolean;
  status: StepStatus;
  /** Title of the region (parallel track) the step belongs to, when not the main line. */
  track?: string;
  doneBy?: string;
  doneAt?: string;
  doneTimes: number;
}

/**
 * Every step of the ärende's pinned definition in document order: done (who, when), current, or
 * upcoming. A step not done in a closed ärende, or behind a track that ended, is "skipped" (not needed).
 */
export function stepperOf(state: ArendeState): StepperItem[] {
  const { graph } = state.loaded;
  const active = new Set(activePaths(state.snapshot.value));
  const closed = state.status === 'closed';
  const items: StepperItem[] = [];
  for (const path of graph.order) {
    const node = graph.nodes.get(path)!;
    if (!node.meta?.form) continue;
    const done = state.events.filter((e) => e.type === `${node.key}.submit`);
    const last = done[done.length - 1];
    const parent = node.parent ? graph.nodes.get(node.parent) : undefined;
    const grand = parent?.parent ? graph.nodes.get(parent.parent) : undefined;
    // Only side tracks are labelled (e.g. the IVO track); the first region is the main line.
    const track = grand?.kind === 'parallel' && grand.children[0] !== parent!.path ? titleOf(graph, parent!.path) : undefined;
    const trackEnded =
      parent !== undefined && grand?.kind === 'parallel' && !active.has(parent.path) && state.entries.some((e) => e.path === parent.path);
    const status: StepStatus = active.has(path)
      ? 'current'
      : last
        ? 'done'
        : closed || trackEnded || (track !== undefined && parentEndedElsewhere(state, parent!.path, active))
          ? 'skipped'
          : 'upcoming';
    items.push({
      key: node.key,
      path,
      title: node.meta.title,
      role: node.meta.role,
      mandated: node.meta.mandatedStep === true,
      status,
      ...(track ? { track } : {}),
      ...(last ? { doneBy: last.actor.userId, doneAt: last.at } : {}),
      doneTimes: done.length,
    });
  }
  return items;
}

/** A track whose region reached a final state (e.g. "Ej anmälningspliktigt") no longer needs its steps. */
function parentEndedElsewhere(state: ArendeState, region: string, active: Set<string>): boolean {
  const { graph } = state.loaded;
  return graph.nodes.get(region)!.children.some((c) => graph.nodes.get(c)!.kind === 'final' && active.has(c));
}
