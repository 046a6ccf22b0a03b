import { reminderSchedule } from '../calendar/reminderSchedule';
import type { ReminderRule } from '../calendar/reminderSchedule';
import { stockholmDate } from '../calendar/stockholmDate';
import { stockholmInstant } from '../calendar/stockholmInstant';
import { addWorkingDays } from '../calendar/workingDays';
import type { PlanContext } from './planContext';

/** One deadline: what it is about, who acts, whom it escalates to and its own reminder schedule (if any). */
export interface Deadline {
  ref: string;
  stepTitle: string;
  startedAt: string;
  dueAt: string;
  acting: readonly string[];
  chefs: readonly string[];
  own: readonly ReminderRule[] | undefined;
}

/** A deadline's reminders (near, or its own schedule), "passed" to those acting, then the escalation to the chefs. */
export function deadlineNotifications(ctx: PlanContext, { ref, stepTitle, startedAt, dueAt, acting, chefs, own }: Deadline): void {
  const { policy, now, add } = ctx;
  const rules: readonly ReminderRule[] = own ?? (policy.nearWorkingDays > 0 ? [{ workingDaysBefore: policy.nearWorkingDays }] : []);
  // A late sweep sends "passed" instead of a generic "near"; an obligation's own schedule (the komplettering's three) is kept whole.
  if ((own || now < dueAt) && rules.length)
    for (const r of reminderSchedule(dueAt, rules, { time: policy.time }))
      if (r.at > startedAt && r.at < dueAt) add({ kind: own ? 'paminnelse' : 'frist_nara', ref, stepTitle, dueAt, notifyAt: r.at }, acting);
  add({ kind: 'frist_passerad', ref, stepTitle, dueAt, notifyAt: dueAt }, acting);
  const day = stockholmDate(dueAt)!;
  const n = policy.escalateAfterWorkingDays;
  const escalateAt = n > 0 ? stockholmInstant(addWorkingDays(day, n), policy.time) : dueAt;
  add({ kind: 'frist_passerad_chef', ref, stepTitle, dueAt, notifyAt: escalateAt }, chefs);
}
