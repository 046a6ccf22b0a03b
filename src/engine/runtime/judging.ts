import { leafGuards } from '../behaviour/guards';
import { addWorkingDays } from '../calendar/workingDays';
import { stockholmDate } from '../calendar/stockholmDate';
import { endOfStockholmDay } from '../calendar/stockholmInstant';
import type { ActiveStep } from '../model/ArendeSummary';
import { JAV_EVENT } from '../model/JavEvents';
import type { RoleId } from '../model/Role';
import { scopeCovers } from '../org/holdsRole';
import type { Actor, Organisation } from '../model/Organisation';
import type { ArendeState } from './ArendeState';
import { activeSteps } from './toSummary';

/** Working days the förvaltningschef has to appoint an ersättare once jäv has stopped an ärende. */
export const STALL_WORKING_DAYS = 5;

/** A judging step no one may act on because of jäv: since when, and by when an ersättare is to be appointed. */
export interface Stall {
  stepPath: string;
  stepKey: string;
  stepTitle: string;
  role: RoleId;
  since: string;
  dueAt: string;
}

/** Is the step at `path` one where someone judges: independent in the skeleton, or its own event demands `isIndependent`? */
export function isJudgingStep(state: ArendeState, path: string): boolean {
  const key = path.split('.').pop()!;
  if (state.loaded.pack.skeleton.steps[key]?.independent === true) return true;
  const own = state.loaded.graph.bySourceEvent.get(`${path}|${key}.submit`) ?? [];
  return own.some((t) => leafGuards(t.guard).some((g) => g.type === 'isIndependent'));
}

/** The active steps where someone judges, with their role (an open ärende only). */
export function judgingSteps(state: ArendeState): (ActiveStep & { role: RoleId })[] {
  if (state.status !== 'open') return [];
  return activeSteps(state).filter((s): s is ActiveStep & { role: RoleId } => s.role !== undefined && isJudgingStep(state, s.path));
}

/** Is the person appointed to act in `role` in this ärende? */
export function isAppointed(state: ArendeState, userId: string, role: RoleId): boolean {
  return (state.snapshot.context.ersattare ?? []).some((e) => e.userId === userId && e.role === role);
}

/**
 * Who may act in `role` in this ärende: those who hold it for its enhet, and those appointed to it who still hold the
 * role somewhere (`people`: the organisation's people, at least all who hold the role anywhere).
 */
export function actorsIn(state: ArendeState, org: Organisation, people: readonly Actor[], role: RoleId): string[] {
  const enhetId = state.open.enhetId;
  return people
    .filter((p) => p.roles.some((a) => a.role === role && (scopeCovers(org, a, enhetId) || isAppointed(state, p.userId, role))))
    .map((p) => p.userId);
}

/** Who may act on a judging step of `role`: `actorsIn` less everyone jävig. */
export function ableToJudge(state: ArendeState, org: Organisation, people: readonly Actor[], role: RoleId): string[] {
  const jav = state.snapshot.context.jav;
  return actorsIn(state, org, people, role).filter((id) => !jav.includes(id));
}

/** The end of the working day `STALL_WORKING_DAYS` after the stall began (Swedish working days). */
export function stallDeadline(since: string): string {
  return endOfStockholmDay(addWorkingDays(stockholmDate(since)!, STALL_WORKING_DAYS));
}

/**
 * The judging steps jäv has stopped: nobody who holds the step's role for the enhet, or is appointed to it, is free of
 * jäv. The stall counts from the step's start, or from the latest jäv declared since then.
 */
export function stallsOf(state: ArendeState, org: Organisation, people: readonly Actor[]): Stall[] {
  const entered = new Map(state.entries.map((e) => [e.path, e.at] as const));
  const out: Stall[] = [];
  for (const step of judgingSteps(state)) {
    if (ableToJudge(state, org, people, step.role).length > 0) continue;
    const start = entered.get(step.path) ?? state.openedAt;
    const declared = state.events.filter((e) => e.type === JAV_EVENT && e.at > start).at(-1)?.at;
    const since = declared ?? start;
    out.push({ stepPath: step.path, stepKey: step.key, stepTitle: step.title, role: step.role, since, dueAt: stallDeadline(since) });
  }
  return out;
}
