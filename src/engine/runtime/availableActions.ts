import { leafGuards, requiredRoleOf } from '../behaviour/guards';
import type { Actor, Organisation } from '../model/Organisation';
import type { RoleId } from '../model/Role';
import type { MachineEvent } from '../model/ArendeContext';
import type { ArendeState } from './ArendeState';
import { lastEvent } from './ArendeState';
import { eventTitle, guardRejection, mayAct } from './decide';
import type { Rejection } from './Rejection';
import { skeletonRefusal } from './skeletonRules';

export interface ActionOption {
  type: string;
  title: string;
  form: string | undefined;
  /** Role that performs it (from the transition's isRole guard). */
  role: RoleId | undefined;
  /** Allowed when the actor may do it now, the form's content aside; otherwise why not, in Swedish. */
  allowed: boolean;
  why?: Rejection;
}

/**
 * Everything in the definition an actor could send, and for each whether it is possible now and
 * why not: step reached, role and enhet, jäv, and every rule that does not depend on the form's content.
 */
export function availableActions(state: ArendeState, actor: Actor, org: Organisation, now: string): ActionOption[] {
  const { loaded } = state;
  const out: ActionOption[] = [];
  for (const type of loaded.graph.events) {
    const title = eventTitle(state, type);
    const base = { type, title, form: loaded.formOf.get(type) };
    const may = mayAct(state, type, actor, org);
    if (!may.ok) {
      const role = requiredRoleOf(loaded.graph.transitions.find((t) => t.event === type)?.guard);
      out.push({ ...base, role, allowed: false, why: may.rejection });
      continue;
    }
    const refused = skeletonRefusal(state, type, undefined, actor);
    if (refused) {
      out.push({ ...base, role: may.role, allowed: false, why: refused });
      continue;
    }
    const probe: MachineEvent = {
      type,
      data: undefined,
      actor: { userId: actor.userId, role: may.role },
      at: now,
      seq: lastEvent(state).seq + 1,
    };
    const perTransition = may.candidates.map((t) =>
      leafGuards(t.guard)
        .filter((g) => !state.loaded.guards[g.type]!.readsEventData)
        .flatMap((g) => state.loaded.guards[g.type]!.explain(state.snapshot.context, probe, g.params ?? {})),
    );
    if (perTransition.some((reasons) => reasons.length === 0)) out.push({ ...base, role: may.role, allowed: true });
    else {
      const reasons = [...new Set(perTransition.flat())];
      out.push({ ...base, role: may.role, allowed: false, why: guardRejection(state, title, reasons, actor.userId, may.candidates) });
    }
  }
  return out;
}
