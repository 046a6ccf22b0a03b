import type { Db } from '../../adapters/postgres/Db';
import { addMinutes, hashToken, newSessionToken } from './sessionToken';
import type { SessionStore, SessionTimes } from './SessionStore';

/** Sessions in PostgreSQL, so any server instance can answer any request. */
export function pgSessions(db: Db, times: SessionTimes): SessionStore {
  return {
    async create(userId, now) {
      const token = newSessionToken();
      const expiresAt = addMinutes(now, times.absoluteHours * 60);
      await db.query('insert into sessions (id_hash, user_id, created_at, last_seen_at, expires_at) values ($1, $2, $3, $3, $4)', [hashToken(token), userId, now, expiresAt]);
      return { token, expiresAt };
    },
    async lookup(token, now) {
      const idleSince = addMinutes(now, -times.idleMinutes);
      // One statement both checks and refreshes: an idle or expired session is never extended.
      const { rows } = await db.query<{ user_id: string }>(
        'update sessions set last_seen_at = $2 where id_hash = $1 and expires_at > $2 and last_seen_at > $3 returning user_id',
        [hashToken(token), now, idleSince],
      );
      return rows[0] ? { userId: rows[0].user_id } : undefined;
    },
    async destroy(token) {
      await db.query('delete from sessions where id_hash = $1', [hashToken(token)]);
    },
    async destroyAllFor(userId) {
      await db.query('delete from sessions where user_id = $1', [userId]);
    },
  };
}
