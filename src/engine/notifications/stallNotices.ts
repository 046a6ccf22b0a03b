import { ROLE_TITLES } from '../model/Role';
import { holdersOf } from '../org/holders';
import type { Actor, Organisation } from '../model/Organisation';
import type { ArendeState } from '../runtime/ArendeState';
import { stallsOf } from '../runtime/judging';
import type { Stall } from '../runtime/judging';

/** Who hears that jäv has stopped a step, and what they read: the step's and the role's titles, no case content. */
export interface StallNotice {
  ref: string;
  title: string;
  since: string;
  dueAt: string;
  to: string[];
  /** The recipients are the förvaltningschefer who appoint (their deadline is reminded and escalated). */
  appointers: boolean;
}

/** The text of a stall to the förvaltningschef: the step and its role, nothing of the case. */
export function stallTitle(s: Pick<Stall, 'stepTitle' | 'role'>): string {
  return `Utse en ersättare: alla som kan göra "${s.stepTitle}" (${ROLE_TITLES[s.role]}) är jäviga`;
}

/**
 * Every stall is told to the enhet's förvaltningschefer who are not jäviga; when all are, to the administratörer, who
 * give another person the role (an ordinary, logged role assignment): never a silent dead end.
 */
export function stallNotices(state: ArendeState, org: Organisation, people: readonly Actor[]): StallNotice[] {
  const jav = state.snapshot.context.jav;
  const enhetId = state.open.enhetId;
  return stallsOf(state, org, people).map((s) => {
    const ref = `stannat:${s.stepPath}`;
    const chefs = holdersOf(people, org, 'forvaltningschef', enhetId).filter((id) => !jav.includes(id));
    if (chefs.length) return { ref, title: stallTitle(s), since: s.since, dueAt: s.dueAt, to: chefs, appointers: true };
    const title =
      `Ett ärende har stannat på jäv: alla med rollen ${ROLE_TITLES[s.role]} för enheten och förvaltningschefen är jäviga. Ge en ` +
      `annan person rollen under Organisation`;
    return { ref, title, since: s.since, dueAt: s.dueAt, to: holdersOf(people, org, 'administrator', enhetId), appointers: false };
  });
}
