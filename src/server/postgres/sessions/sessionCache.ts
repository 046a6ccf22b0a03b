/** A session as last read from the database: its person, its idle clock and its absolute end (ISO text). */
export interface KnownSession {
  userId: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** At most this many sessions are remembered; the oldest read goes first. */
const MAX_ENTRIES = 20_000;

/**
 * This instance's short memory of session lookups, by token hash. `epoch` guards a read racing an end: an entry read
 * before any `forget`/`ended` that happened while it was in flight is not remembered.
 */
export function sessionCache(ttlMs: number, monotonic: () => number = () => performance.now()) {
  const entries = new Map<string, KnownSession & { readAt: number }>();
  let epoch = 0;
  return {
    epoch: () => epoch,
    get(id: string): KnownSession | undefined {
      const e = entries.get(id);
      if (e && monotonic() - e.readAt < ttlMs) return e;
      if (e) entries.delete(id);
      return undefined;
    },
    remember(id: string, s: KnownSession, readEpoch: number): void {
      if (readEpoch !== epoch || ttlMs <= 0) return;
      entries.delete(id);
      entries.set(id, { ...s, readAt: monotonic() });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    },
    touched(id: string, at: string): void {
      const e = entries.get(id);
      if (e && e.lastSeenAt < at) e.lastSeenAt = at;
    },
    forget(id: string): void {
      epoch++;
      entries.delete(id);
    },
    /** A person's sessions ended (or changed) somewhere; `*` forgets every one. */
    ended(userId: string): void {
      epoch++;
      if (userId === '*') entries.clear();
      else for (const [id, e] of entries) if (e.userId === userId) entries.delete(id);
    },
  };
}
