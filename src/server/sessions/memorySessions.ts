import { addMinutes, hashToken, newSessionToken, sessionUntil } from './sessionToken';
import type { SessionStore, SessionTimes } from './SessionStore';

/**
 * The in-memory twin of the PostgreSQL sessions (API tests without a database). `ended` hears of every session that
 * ends by removal, as the other instances hear PostgreSQL's `kf_session_ended` notification.
 */
export function memorySessions(times: SessionTimes, ended: (userId: string) => void = () => undefined): SessionStore {
  const rows = new Map<string, { userId: string; lastSeenAt: string; expiresAt: string }>();
  return {
    async create(userId, now) {
      const token = newSessionToken();
      const expiresAt = addMinutes(now, times.absoluteHours * 60);
      rows.set(hashToken(token), { userId, lastSeenAt: now, expiresAt });
      return { token, expiresAt };
    },
    async lookup(token, now, opts) {
      const row = rows.get(hashToken(token));
      if (!row || row.expiresAt <= now || row.lastSeenAt <= addMinutes(now, -times.idleMinutes)) return undefined;
      if (opts?.touch !== false) row.lastSeenAt = now;
      return { userId: row.userId, until: sessionUntil(row.lastSeenAt, row.expiresAt, times.idleMinutes) };
    },
    async destroy(token) {
      const row = rows.get(hashToken(token));
      if (row && rows.delete(hashToken(token))) ended(row.userId);
    },
    async destroyAllFor(userId) {
      for (const [k, v] of rows) if (v.userId === userId) rows.delete(k);
      ended(userId);
    },
  };
}
