import { addDays, isoWeekday } from '../calendar/calendarDate';
import { stockholmDate } from '../calendar/stockholmDate';
import { endOfStockholmDay, stockholmInstant } from '../calendar/stockholmInstant';
import { computeObligations } from '../obligations/computeObligations';
import type { Obligation } from '../obligations/computeObligations';
import { holdersOf } from '../org/holders';
import type { Actor, Organisation } from '../model/Organisation';
import { foldName } from '../org/sameName';
import type { ArendeState } from '../runtime/ArendeState';
import { activeSteps } from '../runtime/toSummary';
import { deadlineNotifications } from './deadlineNotifications';
import { dueCollector } from './dueCollector';
import type { DueNotification } from './dueCollector';
import { planContext } from './planContext';
import type { PlanContext } from './planContext';
import { stallNotices } from './stallNotices';
import { DEFAULT_NOTIFICATION_POLICY } from './NotificationPolicy';
import type { NotificationPolicy } from './NotificationPolicy';

export type { DueNotification } from './dueCollector';

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
  const collector = dueCollector(state.arendeId, now);
  const ctx = planContext({ state, org, people, now, policy, add: collector.add });
  const obligations = computeObligations(state, now).filter((o) => o.status === 'open' && o.role !== undefined);
  stepNotifications(ctx, obligations);
  stallNotifications(ctx);
  obligationNotifications(ctx, obligations);
  atgardNotifications(ctx);
  return collector.plan();
}

/** Each active step to those who act on it, from when it was entered, with its earliest deadline. */
function stepNotifications(ctx: PlanContext, obligations: readonly Obligation[]): void {
  const { state } = ctx;
  const lastEntry = new Map(state.entries.map((e) => [e.path, e] as const));
  for (const step of activeSteps(state)) {
    const entry = lastEntry.get(step.path);
    if (!step.role || !entry) continue;
    const enteredBy = state.events.find((e) => e.seq === entry.seq)?.actor.userId;
    const due = obligations.filter((o) => o.stepPath === step.path).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]?.dueAt;
    // Whoever just moved the ärende into their own next step needs no message about it.
    const recipients = ctx.whoActs(step.role, step.path).filter((id) => id !== enteredBy);
    ctx.add(
      { kind: 'steg', ref: `steg:${step.path}`, stepTitle: step.title, ...(due ? { dueAt: due } : {}), notifyAt: entry.at },
      recipients,
    );
  }
}

/** Jäv has left a judging step without anyone: the förvaltningschef appoints an ersättare by the stall's deadline. */
function stallNotifications(ctx: PlanContext): void {
  for (const n of stallNotices(ctx.state, ctx.org, ctx.people)) {
    ctx.add({ kind: 'stannat', ref: n.ref, stepTitle: n.title, dueAt: n.dueAt, notifyAt: n.since }, n.to);
    if (n.appointers)
      deadlineNotifications(ctx, {
        ref: n.ref,
        stepTitle: n.title,
        startedAt: n.since,
        dueAt: n.dueAt,
        acting: n.to,
        chefs: ctx.escalation('forvaltningschef', n.to).filter((id) => !ctx.jav.includes(id)),
        own: undefined,
      });
  }
}

/** Each open deadline with a role: near, passed, escalated (or its own reminders). */
function obligationNotifications(ctx: PlanContext, obligations: readonly Obligation[]): void {
  for (const o of obligations) {
    const role = o.role!;
    const acting = ctx.whoActs(role, o.stepPath);
    deadlineNotifications(ctx, {
      ref: `frist:${o.stepPath}:${o.id}`,
      stepTitle: o.stepTitle,
      startedAt: o.startedAt,
      dueAt: o.dueAt,
      acting,
      chefs: ctx.escalation(role, acting).filter((id) => !ctx.jav.includes(id)),
      own: ctx.policy.reminders[o.id],
    });
  }
}

/** Each planned åtgärd with a klart-datum to its named ansvarig, with its deadline escalated to the enhetschef. */
function atgardNotifications(ctx: PlanContext): void {
  const { state, org, people } = ctx;
  const enhetId = state.open.enhetId;
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
    ctx.add(
      { kind: 'steg', ref, stepTitle: ATGARD_TITLE, dueAt, notifyAt: startedAt },
      acting.filter((id) => id !== added?.actor.userId),
    );
    const escalated = chefs.length ? chefs : ctx.escalation('enhetschef', acting);
    deadlineNotifications(ctx, { ref, stepTitle: ATGARD_TITLE, startedAt, dueAt, acting, chefs: escalated, own: undefined });
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
