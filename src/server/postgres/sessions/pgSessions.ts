import type { Db } from '../Db';
import { addMinutes, hashToken, newSessionToken } from '../../sessions/sessionToken';
import type { SessionStore, SessionTimes } from '../../sessions/SessionStore';

/** The channel a session's end is notified on (migration 0025's trigger): the person's id, or `*` after a truncate. */
export const SESSION_ENDED = 'session_ended';

/** How stale the recorded idle time may get (minutes); the idle timeout is exact to within this. */
const REFRESH_MINUTES = 1;

/** Sessions in PostgreSQL, so any server instance can answer any request. */
export function pgSessions(db: Db, times: SessionTimes): SessionStore {
  return {
    async create(userId, now) {
      const token = newSessionToken();
      const expiresAt = addMinutes(now, times.absoluteHours * 60);
      await db.query('insert into sessions (id_hash, user_id, created_at, last_seen_at, expires_at) values ($1, $2, $3, $3, $4)', [
        hashToken(token),
        userId,
        now,
        expiresAt,
      ]);
      return { token, expiresAt };
    },
    async lookup(token, now, opts) {
      const idleSince = addMinutes(now, -times.idleMinutes);
      const id = hashToken(token);
      const { rows } = await db.query<{ user_id: string; last_seen_at: string; expires_at: string }>(
        'select user_id, last_seen_at, expires_at from sessions where id_hash = $1 and expires_at > $2 and last_seen_at > $3',
        [id, now, idleSince],
      );
      const row = rows[0];
      if (!row) return undefined;
      // Without the refresh below, the recorded idle time is what ends the session (it may have been used since: earlier is safe).
      const idleEnd = addMinutes(row.last_seen_at, times.idleMinutes);
      const until = idleEnd < row.expires_at ? idleEnd : row.expires_at;
      // The idle time is refreshed at most once a minute: a write (and its disk flush) on every request would halve what a server can
      // commit.
      if (opts?.touch !== false && row.last_seen_at < addMinutes(now, -REFRESH_MINUTES))
        await db.query('update sessions set last_seen_at = $2 where id_hash = $1 and last_seen_at < $2', [id, now]);
      return { userId: row.user_id, until };
    },
    async destroy(token) {
      await db.query('delete from sessions where id_hash = $1', [hashToken(token)]);
    },
    async destroyAllFor(userId) {
      await db.query('delete from sessions where user_id = $1', [userId]);
    },
  };
}
