import type { Db } from '../Db';
import { FORGET_AFTER_MS } from '../../limits/RateLimits';
import type { RateLimits } from '../../limits/RateLimits';

// The count and the insert in one statement, after a lock on the key: the count is taken after the lock, so it sees every
// hit committed by whoever held it before (READ COMMITTED takes a new snapshot per statement).
const TAKE = `insert into rate_limit_hits (key, at) select $1, $2
  where (select count(*) from rate_limit_hits where key = $1 and at > $3) < $4
  returning id::text`;

/** Rate limits in PostgreSQL (migrations 0016, 0018): every instance counts the same hits, and a restart forgets none. */
export function pgRateLimits(db: Db): RateLimits {
  return {
    async take(key, since, at, max) {
      const id = await db.transaction(async (tx) => {
        await tx.query("select pg_advisory_xact_lock(hashtext('kvalitetsflode.rate_limit'), hashtext($1))", [key]);
        const { rows } = await tx.query<{ id: string }>(TAKE, [key, at, since, max]);
        return rows[0]?.id;
      });
      if (id !== undefined)
        await db.query('delete from rate_limit_hits where at < $1', [new Date(Date.parse(at) - FORGET_AFTER_MS).toISOString()]);
      return id;
    },
    async giveBack(id) {
      await db.query('delete from rate_limit_hits where id = $1', [id]);
    },
  };
}
