import { addDays, isoWeekday } from '../calendar/calendarDate';
import { reminderSchedule } from '../calendar/reminderSchedule';
import type { ReminderRule } from '../calendar/reminderSchedule';
import { stockholmDate } from '../calendar/stockholmDate';
import { endOfStockholmDay, stockholmInstant } from '../calendar/stockholmInstant';
import { addWorkingDays } from '../calendar/workingDays';
import type { RoleId } from '../model/Role';
import { computeObligations } from '../obligations/computeObligations';
import { holdersOf } from '../org/holders';
import type { Actor, Organisation } from '../model/Organisation';
import { foldName } from '../org/sameName';
import type { ArendeState } from '../runtime/ArendeState';
import { actorsIn, isJudgingStep } from '../runtime/judging';
import { activeSteps } from '../runtime/toSummary';
import { stallNotices } from './stallNotices';
import { DEFAULT_NOTIFICATION_POLICY } from './NotificationPolicy';
import type { NotificationKind, NotificationPolicy } from './NotificationPolicy';

/** One notification that is due for one person. It names a step, never what the ärende is about. */
export interface DueNotification {
  /** arendeId | kind | ref | recipient | notifyAt: the same fact always gives the same key, so it is recorded once. */
  key: string;
  kind: NotificationKind;
  /** Empty for the weekly overview, which is about several ärenden. */
  arendeId: string;
  recipientId: string;
  /** `steg:<path>`, `frist:<path>:<obligation id>` or `atgard:<id>`. */
  ref: string;
  /** The step's title from the definition (or "Åtgärd att genomföra"): no case content. */
  stepTitle: string;
  /** The deadline, when there is one. */
  dueAt?: string;
  /** When the notification fell due. */
  notifyAt: string;
}

export interface NotificationInput {
  state: ArendeState;
  org: Organisation;
  /** The organisation's people with the roles they hold now. */
  people: readonly Actor[];
  now: string;
  policy?: Partial<NotificationPolicy>;
}

const ATGARD_TITLE = 'Åtgärd att genomföra';

/**
 * The notifications due at `now` for one ärende: a step that became someone's, a deadline near
 * (or its own reminder schedule, e.g. the komplettering), a deadline passed, and after a delay the
 * same to the chef or SAS. Pure: the caller records each key once and sends nothing twice.
 */
export function deriveNotifications(input: NotificationInput): DueNotification[] {
  return notificationPlan(input).due;
}

/**
 * What is due at `now` and the earliest instant after it when something more falls due (undefined:
 * nothing will unless the ärende changes), so a sweep need only look at ärenden whose time has come.
 */
export function notificationPlan(input: NotificationInput): { due: DueNotification[]; nextAt: string | undefined } {
  const { state, org, people, now } = input;
  const policy: NotificationPolicy = { ...DEFAULT_NOTIFICATION_POLICY, ...input.policy };
  if (state.status !== 'open') return { due: [], nextAt: undefined };
  const enhetId = state.open.enhetId;
  const out = new Map<string, DueNotification>();
  let nextAt: string | undefined;
  const add = (n: Omit<DueNotification, 'key' | 'arendeId' | 'recipientId'>, recipients: readonly string[]) => {
    if (n.notifyAt > now) {
      if (recipients.length && (nextAt === undefined || n.notifyAt < nextAt)) nextAt = n.notifyAt;
      return;
    }
    for (const recipientId of new Set(recipients)) {
      const key = [state.arendeId, n.kind, n.ref, recipientId, n.notifyAt].join('|');
      out.set(key, { ...n, key, arendeId: state.arendeId, recipientId });
    }
  };
  // A medarbetare's step is the rapportör's own, not every colleague's; appointed ersättare act in their role too; a
  // judging step is not told to the jävig.
  const jav = state.snapshot.context.jav;
  const whoActs = (role: RoleId, stepPath?: string) => {
    const judging = stepPath !== undefined && isJudgingStep(state, stepPath);
    return (role === 'medarbetare' ? [state.openedBy] : actorsIn(state, org, people, role)).filter((id) => !judging || !jav.includes(id));
  };
  const escalation = (role: RoleId, acting: readonly string[]) => {
    const to = (policy.escalateTo[role] ?? ['sas']).flatMap((r) => holdersOf(people, org, r, enhetId));
    return to.filter((id) => !acting.includes(id));
  };

  const obligations = computeObligations(state, now).filter((o) => o.status === 'open' && o.role !== undefined);
  const lastEntry = new Map(state.entries.map((e) => [e.path, e] as const));
  for (const step of activeSteps(state)) {
    const entry = lastEntry.get(step.path);
    if (!step.role || !entry) continue;
    const enteredBy = state.events.find((e) => e.seq === entry.seq)?.actor.userId;
    const due = obligations.filter((o) => o.stepPath === step.path).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]?.dueAt;
    // Whoever just moved the ärende into their own next step needs no message about it.
    const recipients = whoActs(step.role, step.path).filter((id) => id !== enteredBy);
    add({ kind: 'steg', ref: `steg:${step.path}`, stepTitle: step.title, ...(due ? { dueAt: due } : {}), notifyAt: entry.at }, recipients);
  }

  // Jäv has left a judging step without anyone: the förvaltningschef appoints an ersättare by the stall's deadline.
  for (const n of stallNotices(state, org, people)) {
    add({ kind: 'stannat', ref: n.ref, stepTitle: n.title, dueAt: n.dueAt, notifyAt: n.since }, n.to);
    if (n.appointers)
      deadlineNotifications(
        n.ref,
        n.title,
        n.since,
        n.dueAt,
        n.to,
        escalation('forvaltningschef', n.to).filter((id) => !jav.includes(id)),
        undefined,
      );
  }

  for (const o of obligations) {
    const role = o.role!;
    const ref = `frist:${o.stepPath}:${o.id}`;
    const acting = whoActs(role, o.stepPath);
    deadlineNotifications(
      ref,
      o.stepTitle,
      o.startedAt,
      o.dueAt,
      acting,
      escalation(role, acting).filter((id) => !jav.includes(id)),
      policy.reminders[o.id],
    );
  }

  for (const a of state.snapshot.context.atgarder) {
    if (a.status !== 'planerad' || !/^\d{4}-\d{2}-\d{2}$/.test(a.klartDatum)) continue;
    const ref = `atgard:${a.id}`;
    const named = typeof a.ansvarig === 'object' && a.ansvarig !== null ? (a.ansvarig as { namn?: unknown }).namn : undefined;
    const matches = typeof named === 'string' ? people.filter((p) => foldName(p.namn) === foldName(named)) : [];
    // An ansvarig the directory cannot name unambiguously: the enhetschef owns the åtgärd.
    const acting = matches.length === 1 ? [matches[0]!.userId] : holdersOf(people, org, 'enhetschef', enhetId);
    const chefs = holdersOf(people, org, 'enhetschef', enhetId).filter((id) => !acting.includes(id));
    // An åtgärd's klart-datum lasts the whole day.
    const dueAt = endOfStockholmDay(a.klartDatum);
    const added = state.events.find((e) => e.seq === a.addedSeq);
    const startedAt = added?.at ?? state.openedAt;
    add(
      { kind: 'steg', ref, stepTitle: ATGARD_TITLE, dueAt, notifyAt: startedAt },
      acting.filter((id) => id !== added?.actor.userId),
    );
    deadlineNotifications(ref, ATGARD_TITLE, startedAt, dueAt, acting, chefs.length ? chefs : escalation('enhetschef', acting), undefined);
  }
  return { due: [...out.values()].sort((a, b) => a.notifyAt.localeCompare(b.notifyAt) || a.key.localeCompare(b.key)), nextAt };

  function deadlineNotifications(
    ref: string,
    stepTitle: string,
    startedAt: string,
    dueAt: string,
    acting: readonly string[],
    chefs: readonly string[],
    own: readonly ReminderRule[] | undefined,
  ) {
    const rules: readonly ReminderRule[] = own ?? (policy.nearWorkingDays > 0 ? [{ workingDaysBefore: policy.nearWorkingDays }] : []);
    // A late sweep sends "passed" instead of a generic "near"; an obligation's own schedule (the komplettering's three) is kept whole.
    if ((own || now < dueAt) && rules.length)
      for (const r of reminderSchedule(dueAt, rules, { time: policy.time }))
        if (r.at > startedAt && r.at < dueAt)
          add({ kind: own ? 'paminnelse' : 'frist_nara', ref, stepTitle, dueAt, notifyAt: r.at }, acting);
    add({ kind: 'frist_passerad', ref, stepTitle, dueAt, notifyAt: dueAt }, acting);
    const day = stockholmDate(dueAt)!;
    const n = policy.escalateAfterWorkingDays;
    const escalateAt = n > 0 ? stockholmInstant(addWorkingDays(day, n), policy.time) : dueAt;
    add({ kind: 'frist_passerad_chef', ref, stepTitle, dueAt, notifyAt: escalateAt }, chefs);
  }
}

/**
 * The weekly overview of overdue ärenden for one person (SAS and chefs): due on Mondays at the policy's
 * time, keyed by person and week, so each week's is recorded once. Only a count: no case content.
 */
export function weeklyOverview(
  recipientId: string,
  overdue: number,
  now: string,
  time = DEFAULT_NOTIFICATION_POLICY.time,
): DueNotification | undefined {
  const day = stockholmDate(now)!;
  const monday = addDays(day, 1 - isoWeekday(day));
  const notifyAt = stockholmInstant(monday, time);
  if (overdue <= 0 || notifyAt > now) return undefined;
  const stepTitle = overdue === 1 ? '1 försenat ärende i dina enheter' : `${overdue} försenade ärenden i dina enheter`;
  return {
    key: ['', 'veckooversikt', `vecka:${monday}`, recipientId, notifyAt].join('|'),
    kind: 'veckooversikt',
    arendeId: '',
    recipientId,
    ref: `vecka:${monday}`,
    stepTitle,
    notifyAt,
  };
}
