import type { Actor, Organisation } from '../model/Organisation';
import type { RoleId } from '../model/Role';
import { holdersOf } from '../org/holders';
import type { ArendeState } from '../runtime/ArendeState';
import { actorsIn, isJudgingStep } from '../runtime/judging';
import type { PlannedNotification } from './dueCollector';
import type { NotificationPolicy } from './NotificationPolicy';

/** What every kind of notification reads while one ärende's plan is made, and where it adds what falls due. */
export interface PlanContext {
  state: ArendeState;
  org: Organisation;
  people: readonly Actor[];
  now: string;
  policy: NotificationPolicy;
  /** Who is jävig in the ärende: never told of a judging step or its escalation. */
  jav: readonly string[];
  add(n: PlannedNotification, recipients: readonly string[]): void;
  /** Who acts in a role (on a step, when given). */
  whoActs(role: RoleId, stepPath?: string): string[];
  /** Whom a role's passed deadline escalates to, besides those acting. */
  escalation(role: RoleId, acting: readonly string[]): string[];
}

export function planContext(base: Pick<PlanContext, 'state' | 'org' | 'people' | 'now' | 'policy' | 'add'>): PlanContext {
  const { state, org, people, policy } = base;
  const jav = state.snapshot.context.jav;
  // A medarbetare's step is the rapportör's own, not every colleague's; appointed ersättare act in their role too; a
  // judging step is not told to the jävig.
  const whoActs = (role: RoleId, stepPath?: string) => {
    const judging = stepPath !== undefined && isJudgingStep(state, stepPath);
    return (role === 'medarbetare' ? [state.openedBy] : actorsIn(state, org, people, role)).filter((id) => !judging || !jav.includes(id));
  };
  const escalation = (role: RoleId, acting: readonly string[]) => {
    const to = (policy.escalateTo[role] ?? ['sas']).flatMap((r) => holdersOf(people, org, r, state.open.enhetId));
    return to.filter((id) => !acting.includes(id));
  };
  return { ...base, jav, whoActs, escalation };
}
