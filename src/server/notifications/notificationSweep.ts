import { stockholmDate, stockholmInstant } from '../../engine/internal';
import type { NotifierOptions } from './NotifierOptions';
import { weeklyOverviews } from './weeklyOverviews';

interface SweepParts {
  sweepMs: number;
  refresh(arendeIds: readonly string[], backfill: ReadonlySet<string>): Promise<number>;
  drain(): Promise<void>;
  stopped(): boolean;
}

/** The sweep on this instance: one at a time, `pending` awaited on stop. */
export function notificationSweep(o: NotifierOptions, parts: SweepParts) {
  const overviews = weeklyOverviews(o);
  let sweeping: Promise<number> | undefined;
  return {
    /** One sweep over the ärenden whose time has come (when no other instance holds it, unless forced), then the day's summaries. */
    sweep(opts: { force?: boolean } = {}): Promise<number> {
      if (sweeping) return sweeping;
      sweeping = (async () => {
        if (!opts.force && !(await o.store.takeSweep(Math.max(1_000, parts.sweepMs - 1_000)))) return 0;
        const due = await o.store.dueForSweep(o.clock.now());
        const first = new Set(due.filter((d) => d.first).map((d) => d.arendeId));
        const ids = due.map((d) => d.arendeId);
        let added = 0;
        for (let i = 0; i < ids.length && !parts.stopped(); i += 200) added += await parts.refresh(ids.slice(i, i + 200), first);
        const now = o.clock.now();
        const day = stockholmDate(now)!;
        added += await overviews(now);
        if (o.mailer && now >= stockholmInstant(day, o.digestTime ?? '07:00') && (await o.store.queueDigests(day)) > 0) void parts.drain();
        return added;
      })().finally(() => (sweeping = undefined));
      return sweeping;
    },
    pending: () => sweeping,
  };
}
