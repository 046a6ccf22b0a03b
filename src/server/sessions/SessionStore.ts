/** Server-side sessions: the browser holds only a random token; who it belongs to lives here. */
export interface SessionStore {
  /** A new session for the user; returns the token to put in the cookie. */
  create(userId: string, now: string): Promise<{ token: string; expiresAt: string }>;
  /**
   * The session's user when the token is known and neither idle nor past its absolute end; refreshes its idle time unless
   * `touch` is false (a live stream's re-check must not keep an idle session alive). `until`: the session ends then at the
   * latest (idle or absolute end, whichever comes first), unless used meanwhile.
   */
  lookup(token: string, now: string, opts?: { touch?: boolean }): Promise<{ userId: string; until: string } | undefined>;
  destroy(token: string): Promise<void>;
  /** Ends every session of the user ("logga ut överallt"). */
  destroyAllFor(userId: string): Promise<void>;
}

export interface SessionTimes {
  /** Idle timeout in minutes. */
  idleMinutes: number;
  /** Absolute lifetime in hours. */
  absoluteHours: number;
}

export const DEFAULT_SESSION_TIMES: SessionTimes = { idleMinutes: 30, absoluteHours: 10 };
