import type { Db } from '../Db';
import { addMinutes, hashToken, newSessionToken, sessionUntil } from '../../sessions/sessionToken';
import type { SessionStore, SessionTimes } from '../../sessions/SessionStore';
import { sessionCache } from './sessionCache';

/** How stale the recorded idle time may get (minutes); the idle timeout is exact to within this. */
const REFRESH_MINUTES = 1;

/** What migration 0025's trigger says on when a session ends or changes: the person's id, or `*`. */
export const SESSION_ENDED = 'kf_session_ended';

/** The PostgreSQL sessions with this instance's memory of recent lookups; `ended` drops a person's (`*`: all). */
export interface PgSessionStore extends SessionStore {
  ended(userId: string): void;
}

interface Row {
  user_id: string;
  last_seen_at: string;
  expires_at: string;
}

/**
 * Sessions in PostgreSQL, so any server instance can answer any request. A lookup is answered from memory for `cacheMs`
 * (real time) when the remembered expiry and idle time still allow it; wire `watchSessionEnds` so ends elsewhere reach it.
 */
export function pgSessions(db: Db, times: SessionTimes, cacheMs = 5_000): PgSessionStore {
  const cache = sessionCache(cacheMs);
  const touch = async (id: string, lastSeenAt: string, now: string) => {
    // The idle time is refreshed at most once a minute: a write (and its disk flush) on every request would halve what a server can
    // commit.
    if (lastSeenAt >= addMinutes(now, -REFRESH_MINUTES)) return;
    await db.query('update sessions set last_seen_at = $2 where id_hash = $1 and last_seen_at < $2', [id, now]);
    cache.touched(id, now);
  };
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
      // Memory only says yes, and only while its own expiry and idle time do: anything else asks the database.
      const known = cache.get(id);
      if (known && known.expiresAt > now && known.lastSeenAt > idleSince) {
        // Without a refresh, the recorded idle time is what ends the session (it may have been used since: earlier is safe).
        const until = sessionUntil(known.lastSeenAt, known.expiresAt, times.idleMinutes);
        if (opts?.touch !== false) await touch(id, known.lastSeenAt, now);
        return { userId: known.userId, until };
      }
      const epoch = cache.epoch();
      const { rows } = await db.query<Row>(
        'select user_id, last_seen_at, expires_at from sessions where id_hash = $1 and expires_at > $2 and last_seen_at > $3',
        [id, now, idleSince],
      );
      const row = rows[0];
      if (!row) {
        if (known) cache.forget(id);
        return undefined;
      }
      cache.remember(id, { userId: row.user_id, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at }, epoch);
      const until = sessionUntil(row.last_seen_at, row.expires_at, times.idleMinutes);
      if (opts?.touch !== false) await touch(id, row.last_seen_at, now);
      return { userId: row.user_id, until };
    },
    async destroy(token) {
      const id = hashToken(token);
      cache.forget(id);
      await db.query('delete from sessions where id_hash = $1', [id]);
      cache.forget(id);
    },
    async destroyAllFor(userId) {
      cache.ended(userId);
      await db.query('delete from sessions where user_id = $1', [userId]);
      cache.ended(userId);
    },
    ended: (userId) => cache.ended(userId),
  };
}

/** Every end of a session on any instance (migration 0025's trigger) reaches `sessions`, then `heard`; a lost LISTEN: all. */
export function watchSessionEnds(db: Db, sessions: PgSessionStore, heard?: (userId: string) => void): Promise<() => Promise<void>> {
  return db.listen(
    SESSION_ENDED,
    (userId) => {
      sessions.ended(userId);
      heard?.(userId);
    },
    () => {
      sessions.ended('*');
      heard?.('*');
    },
  );
}
