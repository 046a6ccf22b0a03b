import { requiredRoleOf } from '../behaviour/guards';
import type { ActiveStep, OwnStep } from '../model/ArendeSummary';
import type { ArendeState } from './ArendeState';
import { activePaths } from './activePaths';

/** The own steps (`recordOwnStep`) the ärende's current states offer, each with who has done it. */
export function ownSteps(state: ArendeState): OwnStep[] {
  if (state.status !== 'open') return [];
  const { graph, definition } = state.loaded;
  const own = state.snapshot.context.own ?? {};
  const out = new Map<string, OwnStep>();
  for (const path of activePaths(state.snapshot.value))
    for (const t of graph.transitions) {
      if (t.source !== path || out.has(t.event) || !t.actions.some((a) => a.type === 'recordOwnStep')) continue;
      const role = requiredRoleOf(t.guard);
      if (!role) continue;
      const title = definition.commands[t.event]?.title ?? t.event;
      out.set(t.event, { event: t.event, title, role, done: Object.keys(own[t.event] ?? {}).sort() });
    }
  return [...out.values()];
}

/**
 * Per role that waits only for own steps (no step of the ärende itself): the people who have done every one of them,
 * so the inbox no longer lists the ärende for them. A role with a step of its own waits for everyone.
 */
export function waitDoneOf(steps: readonly ActiveStep[], own: readonly OwnStep[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const role of new Set(own.map((o) => o.role))) {
    if (steps.some((s) => s.role === role)) continue;
    const lists = own.filter((o) => o.role === role).map((o) => o.done);
    out[role] = lists.reduce((a, b) => a.filter((u) => b.includes(u)));
  }
  return out;
}
