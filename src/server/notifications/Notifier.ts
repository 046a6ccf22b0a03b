import type { Actor, Clock, Directory, Engine, NotificationPolicy } from '../../engine/index';
import {
  intakeNotifications,
  OVERVIEW_ROLES,
  notificationPlan,
  scopeCovers,
  stockholmDate,
  stockholmInstant,
  weeklyOverview,
} from '../../engine/index';
import { arendeIdOfIntake } from '../intake/PublicIntake';
import type { Mailer } from './Mailer';
import { mailText } from './mailText';
import type { NotificationStore } from './NotificationStore';

export interface NotifierOptions {
  store: NotificationStore;
  engine: Engine;
  directory: Directory;
  clock: Clock;
  /** All users' ids; each is resolved through the directory with the roles held now. */
  userIds(): Promise<string[]>;
  /** Absent: no e-mail is queued or sent (the in-app list still fills). */
  mailer?: Mailer;
  publicUrl: string;
  policy?: Partial<NotificationPolicy>;
  /** How often an instance offers to sweep; one instance at a time does (default 5 minutes; 0: never). */
  sweepMs?: number;
  /** How often the mail queue is polled (default 5 s). */
  pollMs?: number;
  /** First retry after a failed send, doubled each time up to `retryMaxMs` (defaults 30 s and 1 h). */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Europe/Stockholm time from which the day's summaries are sent (default 07:00). */
  digestTime?: string;
  log?: (obj: Record<string, unknown>, msg: string) => void;
}

/** Lease on a claimed e-mail: longer than the SMTP timeouts, so no other instance retries a send in progress. */
const LEASE_MS = 5 * 60_000;
/** Notifications older than this, found when an ärende is planned for the first time, are listed in the app without e-mail. */
const BACKFILL_MAIL_MS = 24 * 3_600_000;

/**
 * Records notifications when events are committed and on a periodic sweep (clock-based ones), and
 * sends their e-mails from the PostgreSQL queue. Holds nothing another instance would need.
 */
export function createNotifier(o: NotifierOptions) {
  const sweepMs = o.sweepMs ?? 5 * 60_000;
  const pollMs = o.pollMs ?? 5_000;
  const retryBase = o.retryBaseMs ?? 30_000;
  const retryMax = o.retryMaxMs ?? 3_600_000;
  let log = o.log ?? (() => undefined);
  let timers: NodeJS.Timeout[] = [];
  let draining: Promise<void> | undefined;
  let sweeping: Promise<number> | undefined;
  let stopped = false;
  // This instance's last weekly overview; another instance may count again, and the keys keep it single.
  let overviewDone: string | undefined;
  // Refreshes after commits, awaited on stop so none runs against a closed database.
  const inFlight = new Set<Promise<unknown>>();

  async function people(now: string): Promise<Actor[]> {
    const actors = await Promise.all((await o.userIds()).map((id) => o.directory.actorAt(id, now)));
    return actors.filter((a): a is Actor => a !== undefined);
  }

  /**
   * Derives and records what is due now for these ärenden; returns how many notifications were new.
   * `backfill`: ärenden planned for the first time, whose older notifications go to the list but not by e-mail.
   */
  async function refresh(arendeIds: readonly string[], backfill: ReadonlySet<string> = new Set()): Promise<number> {
    const now = o.clock.now();
    const [org, all] = await Promise.all([o.directory.organisation(), people(now)]);
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
    if (added && o.mailer) void drain();
    return added;
  }

  /** One sweep over the ärenden whose time has come (when no other instance holds it, unless forced), then the day's summaries. */
  async function sweep(opts: { force?: boolean } = {}): Promise<number> {
    if (sweeping) return sweeping;
    sweeping = (async () => {
      if (!opts.force && !(await o.store.takeSweep(Math.max(1_000, sweepMs - 1_000)))) return 0;
      const due = await o.store.dueForSweep(o.clock.now());
      const first = new Set(due.filter((d) => d.first).map((d) => d.arendeId));
      const ids = due.map((d) => d.arendeId);
      let added = 0;
      for (let i = 0; i < ids.length && !stopped; i += 200) added += await refresh(ids.slice(i, i + 200), first);
      const now = o.clock.now();
      const day = stockholmDate(now)!;
      added += await overviews(now);
      if (o.mailer && now >= stockholmInstant(day, o.digestTime ?? '07:00') && (await o.store.queueDigests(day)) > 0) void drain();
      return added;
    })().finally(() => (sweeping = undefined));
    return sweeping;
  }

  /** Mondays: each SAS and chef hears how many open ärenden in their enheter are overdue (a count, nothing more). */
  async function overviews(now: string): Promise<number> {
    const week = weeklyOverview('?', 1, now, o.digestTime)?.ref;
    if (!week || week === overviewDone) return 0;
    const [org, all] = await Promise.all([o.directory.organisation(), people(now)]);
    const list = [];
    for (const person of all) {
      const held = person.roles.filter((a) => OVERVIEW_ROLES.includes(a.role));
      if (held.length === 0) continue;
      const enheter = org.enheter.filter((e) => held.some((a) => scopeCovers(org, a, e.id))).map((e) => e.id);
      if (enheter.length === 0) continue;
      const overdue = await o.engine.count({ scope: { enheter }, status: 'open', overdueAt: now });
      const n = weeklyOverview(person.userId, overdue, now, o.digestTime);
      if (n) list.push(n);
    }
    const added = await o.store.record(list, now, o.mailer !== undefined);
    overviewDone = week;
    return added;
  }

  async function sendOne(): Promise<boolean> {
    const job = await o.store.claimMail(LEASE_MS);
    if (!job) return false;
    if (!job.to || job.items.length === 0 || job.preference === 'av') {
      await o.store.mailDone(job, job.preference === 'av' ? 'turned_off' : 'no_address', o.clock.now());
      return true;
    }
    try {
      await o.mailer!.send({ to: job.to, ...mailText(job.items, o.publicUrl), idempotencyKey: job.key });
    } catch (e) {
      // The error's code only: a message might quote an address.
      const code = (e as { code?: unknown }).code;
      const wait = Math.min(retryMax, retryBase * 2 ** Math.min(20, job.attempts - 1));
      await o.store.mailFailed(job, typeof code === 'string' ? code : 'fel', wait);
      log({ job: job.id, attempts: job.attempts, code, retryInMs: wait }, 'mail not sent, will retry');
      return false;
    }
    await o.store.mailDone(job, 'sent', o.clock.now());
    return true;
  }

  /** Sends every due e-mail this instance can claim; stops at the first failure (the server is likely down). */
  function drain(): Promise<void> {
    if (!o.mailer || stopped) return Promise.resolve();
    draining ??= (async () => {
      try {
        while (!stopped && (await sendOne()));
      } catch (e) {
        log({ err: String(e) }, 'mail queue could not be read');
      }
    })().finally(() => (draining = undefined));
    return draining;
  }

  const background = (p: Promise<unknown>, what: string) => {
    const tracked = p.catch((e: unknown) => log({ err: String(e) }, what)).finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  return {
    refresh,
    sweep,
    drain,
    /** Where failures are logged (the server's logger, once it exists). */
    logTo(fn: (obj: Record<string, unknown>, msg: string) => void) {
      log = fn;
    },
    /** Something came in through a public form: the enhet's chef (or whoever registers there) hears of it. */
    intakeReceived(item: { id: string; processType: string; enhetId: string; receivedAt: string }) {
      const registeredBy = o.engine.registry.catalog.packs.packOf(item.processType)?.publicIntake?.registeredBy ?? [];
      if (stopped || registeredBy.length === 0) return;
      background(
        (async () => {
          const now = o.clock.now();
          const [org, all] = await Promise.all([o.directory.organisation(), people(now)]);
          const due = intakeNotifications(
            { arendeId: arendeIdOfIntake(item.id), enhetId: item.enhetId, receivedAt: item.receivedAt },
            registeredBy,
            all,
            org,
          );
          if ((await o.store.record(due, now, o.mailer !== undefined)) > 0) void drain();
        })(),
        'notification of a public submission failed',
      );
    },
    /** After a commit on this instance: the steps that became someone's, recorded at once. */
    committed(arendeIds: readonly string[]) {
      if (!stopped) background(refresh(arendeIds), 'notifications after commit failed');
    },
    start() {
      stopped = false;
      // sweepMs 0: no sweep here (commits still record their notifications), e.g. while benchmarking.
      if (sweepMs > 0) {
        timers.push(setInterval(() => background(sweep(), 'notification sweep failed'), sweepMs));
        background(sweep(), 'notification sweep failed');
      }
      if (o.mailer) timers.push(setInterval(() => void drain(), pollMs));
      void drain();
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      timers = [];
      await Promise.allSettled([draining, sweeping, ...inFlight]);
      o.mailer?.close();
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
