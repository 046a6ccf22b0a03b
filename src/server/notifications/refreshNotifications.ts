import { intakeNotifications, notificationPlan } from '../../engine/internal';
import type { ArendeState, DueNotification } from '../../engine/internal';
import { arendeIdOfIntake } from '../intake/PublicIntake';
import { peopleAt } from './NotifierOptions';
import type { NotifierOptions } from './NotifierOptions';

/** Notifications older than this, found when an ärende is planned for the first time, are listed in the app without e-mail. */
const BACKFILL_MAIL_MS = 24 * 3_600_000;

/**
 * Derives and records what is due now for these ärenden, and when each next has something due; returns how many
 * notifications were new. `backfill`: ärenden planned for the first time, whose older notifications get no e-mail.
 */
export async function refreshNotifications(
  o: NotifierOptions,
  arendeIds: readonly string[],
  backfill: ReadonlySet<string> = new Set(),
  states: readonly ArendeState[] = [],
): Promise<number> {
  const now = o.clock.now();
  const [org, all] = await Promise.all([o.directory.organisation(), peopleAt(o, now)]);
  let added = 0;
  const planned: { arendeId: string; nextAt: string | null }[] = [];
  const due: DueNotification[] = [];
  const mail = o.mailer !== undefined;
  for (const id of arendeIds) {
    // A commit's own states are the newest (a later commit plans again); others are read.
    const state = states.find((s) => s.arendeId === id) ?? (await o.engine.get(id).catch(() => undefined));
    if (!state) continue;
    const plan = notificationPlan({ state, org, people: all, now, ...(o.policy ? { policy: o.policy } : {}) });
    if (backfill.has(id)) {
      // After an upgrade or an import, a day's old news in every inbox at once would be a flood of e-mail.
      const since = new Date(Date.parse(now) - BACKFILL_MAIL_MS).toISOString();
      added += await o.store.record(
        plan.due.filter((n) => n.notifyAt < since),
        now,
        false,
      );
      added += await o.store.record(
        plan.due.filter((n) => n.notifyAt >= since),
        now,
        mail,
      );
    } else due.push(...plan.due);
    planned.push({ arendeId: id, nextAt: plan.nextAt ?? null });
  }
  // The notifications and the schedule in one statement (after a commit: one round trip, one transaction).
  return added + (await o.store.record(due, now, mail, planned));
}

/** Something came in through a public form: the enhet's chef (or whoever registers there) hears of it; how many were new. */
export async function recordIntakeNotifications(
  o: NotifierOptions,
  item: { id: string; enhetId: string; receivedAt: string },
  registeredBy: Parameters<typeof intakeNotifications>[1],
): Promise<number> {
  const now = o.clock.now();
  const [org, all] = await Promise.all([o.directory.organisation(), peopleAt(o, now)]);
  const due = intakeNotifications(
    { arendeId: arendeIdOfIntake(item.id), enhetId: item.enhetId, receivedAt: item.receivedAt },
    registeredBy,
    all,
    org,
  );
  return o.store.record(due, now, o.mailer !== undefined);
}
