import type { ArendeState } from '../../engine/internal';
import { coalesced } from '../batching/coalesced';
import { mailSender } from './mailSender';
import { notificationSweep } from './notificationSweep';
import type { NotifierLog, NotifierOptions } from './NotifierOptions';
import { recordIntakeNotifications, refreshNotifications } from './refreshNotifications';

/**
 * Records notifications when events are committed and on a periodic sweep (clock-based ones), and
 * sends their e-mails from the PostgreSQL queue. Holds nothing another instance would need.
 */
export function createNotifier(o: NotifierOptions) {
  const sweepMs = o.sweepMs ?? 5 * 60_000;
  const pollMs = o.pollMs ?? 5_000;
  let log: NotifierLog = o.log ?? (() => undefined);
  let timers: NodeJS.Timeout[] = [];
  let stopped = false;
  // Refreshes after commits, awaited on stop so none runs against a closed database.
  const inFlight = new Set<Promise<unknown>>();
  const sender = mailSender(
    o,
    (obj, msg) => log(obj, msg),
    () => stopped,
  );
  const drain = sender.drain;
  const refresh = async (
    arendeIds: readonly string[],
    backfill?: ReadonlySet<string>,
    states?: readonly ArendeState[],
  ): Promise<number> => {
    const added = await refreshNotifications(o, arendeIds, backfill, states);
    if (added && o.mailer) void drain();
    return added;
  };
  const { sweep, pending: sweeping } = notificationSweep(o, { sweepMs, refresh, drain, stopped: () => stopped });
  const background = (p: Promise<unknown>, what: string) => {
    const tracked = p.catch((e: unknown) => log({ err: String(e) }, what)).finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  // Commits landing while a refresh is in flight go together in the next statement (the newest state of each).
  const afterCommits = coalesced<ArendeState | undefined>(async (batch) => {
    const states = [...batch.values()].filter((x): x is ArendeState => x !== undefined);
    await refresh([...batch.keys()], undefined, states).catch((e: unknown) => log({ err: String(e) }, 'notifications after commit failed'));
  });

  return {
    refresh,
    sweep,
    drain,
    /** Where failures are logged (the server's logger, once it exists). */
    logTo(fn: NotifierLog) {
      log = fn;
    },
    /** Something came in through a public form: the enhet's chef (or whoever registers there) hears of it. */
    intakeReceived(item: { id: string; processType: string; enhetId: string; receivedAt: string }) {
      const registeredBy = o.engine.registry.catalog.packs.packOf(item.processType)?.publicIntake?.registeredBy ?? [];
      if (stopped || registeredBy.length === 0) return;
      const recorded = recordIntakeNotifications(o, item, registeredBy).then((added) => void (added > 0 && drain()));
      background(recorded, 'notification of a public submission failed');
    },
    /** After a commit on this instance: the steps that became someone's, recorded at once (from the states committed),
     * or with the commits that land while the previous statement is in flight: one statement for all of them. */
    committed(arendeIds: readonly string[], states?: readonly ArendeState[]) {
      if (stopped) return;
      const started = afterCommits.add(arendeIds.map((id) => [id, states?.find((x) => x.arendeId === id)] as const));
      if (started) background(started, 'notifications after commit failed');
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
      await Promise.allSettled([sender.pending(), sweeping(), ...inFlight]);
      o.mailer?.close();
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
