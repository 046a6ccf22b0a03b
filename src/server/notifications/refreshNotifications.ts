import { intakeNotifications, notificationPlan } from '../../engine/internal';
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
): Promise<number> {
  const now = o.clock.now();
  const [org, all] = await Promise.all([o.directory.organisation(), peopleAt(o, now)]);
  let added = 0;
  const planned: { arendeId: string; nextAt: string | null }[] = [];
  for (const id of arendeIds) {
    const state = await o.engine.get(id).catch(() => undefined);
    if (!state) continue;
    const plan = notificationPlan({ state, org, people: all, now, ...(o.policy ? { policy: o.policy } : {}) });
    const mail = o.mailer !== undefined;
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
    } else added += await o.store.record(plan.due, now, mail);
    planned.push({ arendeId: id, nextAt: plan.nextAt ?? null });
  }
  // Written after the notifications: a crash in between only makes the next sweep look again.
  await o.store.schedule(planned);
  return added;
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
