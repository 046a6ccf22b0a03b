import { holdsRole } from '../org/holdsRole';
import type { Actor, Organisation } from '../model/Organisation';
import { DAY_MS, msBetween } from '../obligations/dates';
import type { ActiveStep, ArendeSummary } from '../model/ArendeSummary';

export interface InboxItem {
  summary: ArendeSummary;
  /** Active steps this actor's roles may perform in the ärende's enhet. */
  steps: ActiveStep[];
  /** Earliest open deadline, if any. */
  dueAt?: string;
  overdue: boolean;
  dueSoon: boolean;
}

/**
 * "Mina uppgifter": open ärenden where an active step, or an own step she has not done, waits for one of the actor's
 * roles in a unit they hold it for, earliest deadline first (no deadline last). Pure, from list rows only.
 */
export function inboxFor(summaries: readonly ArendeSummary[], actor: Actor, org: Organisation, now: string, dueSoonDays = 2): InboxItem[] {
  const items: InboxItem[] = [];
  for (const summary of summaries) {
    if (summary.status !== 'open') continue;
    const own: ActiveStep[] = (summary.ownSteps ?? [])
      .filter((o) => !o.done.includes(actor.userId))
      .map((o) => ({ key: o.event, path: '', title: o.title, role: o.role, mandated: false }));
    const steps = [...summary.activeSteps, ...own].filter((s) => s.role !== undefined && holdsRole(org, actor, s.role, summary.enhetId));
    if (steps.length === 0) continue;
    const mine = summary.deadlines.filter((d) => !d.role || steps.some((s) => s.role === d.role));
    const dueAt = (mine[0] ?? summary.deadlines[0])?.dueAt;
    const left = dueAt ? msBetween(now, dueAt) : Number.POSITIVE_INFINITY;
    items.push({ summary, steps, ...(dueAt ? { dueAt } : {}), overdue: left < 0, dueSoon: left >= 0 && left <= dueSoonDays * DAY_MS });
  }
  return items.sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
}
