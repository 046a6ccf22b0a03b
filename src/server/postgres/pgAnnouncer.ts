import { coalesced } from '../batching/coalesced';
import type { Db } from './Db';

/** The channel every server instance LISTENs on: an ärende id, or `*` after an import (everything may have changed). */
export const ARENDE_CHANGED = 'arende_changed';

/**
 * NOTIFY after commit, many ärenden per statement: PostgreSQL serialises the commits of notifying transactions, so
 * one notify per commit would cap throughput under concurrency. Subscribed to the engine's committed effect.
 */
export function pgAnnouncer(db: Db) {
  const unannounced = coalesced<true>(async (batch) => {
    // A lost notify costs another instance's live view a refresh, never data: the next read is from the log.
    await db.query('select pg_notify($1, x) from unnest($2::text[]) as x', [ARENDE_CHANGED, [...batch.keys()]]).catch(() => undefined);
  });
  return {
    announce(arendeIds: readonly string[]): void {
      void unannounced.add(arendeIds.map((id) => [id, true] as const));
    },
    /** Resolves when every announced id has been sent (for shutdown and tests). */
    settled: () => unannounced.settled(),
  };
}
