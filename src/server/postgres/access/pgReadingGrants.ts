import type { Db } from '../Db';
import type { ReadingGrants } from '../../access/ReadingGrants';

/** Grants in PostgreSQL (migration 0009), so every instance honours them. */
export function pgReadingGrants(db: Db): ReadingGrants {
  return {
    async grant(userId, arendeId, reason, at, until) {
      await db.query('insert into reading_grants (user_id, arende_id, reason, granted_at, expires_at) values ($1, $2, $3, $4, $5)', [
        userId,
        arendeId,
        reason,
        at,
        until,
      ]);
    },
    async active(userId, arendeId, at) {
      const { rows } = await db.query<{ reason: string }>(
        'select reason from reading_grants where user_id = $1 and arende_id = $2 and granted_at <= $3 and expires_at > $3 order ' +
          'by id desc limit 1',
        [userId, arendeId, at],
      );
      return rows[0]?.reason;
    },
  };
}
