import type { Db } from '../Db';
import { FORGET_AFTER_MS } from '../../limits/RateLimits';
import type { RateLimits } from '../../limits/RateLimits';

/** Rate limits in PostgreSQL (migration 0016): every instance counts the same hits, and a restart forgets none. */
export function pgRateLimits(db: Db): RateLimits {
  return {
    async count(key, since) {
      const { rows } = await db.query<{ n: number }>('select count(*)::int as n from rate_limit_hits where key = $1 and at > $2', [
        key,
        since,
      ]);
      return rows[0]?.n ?? 0;
    },
    async hit(key, at) {
      await db.query('insert into rate_limit_hits (key, at) values ($1, $2)', [key, at]);
      await db.query('delete from rate_limit_hits where at < $1', [new Date(Date.parse(at) - FORGET_AFTER_MS).toISOString()]);
    },
  };
}
