/** Hits per key (a limit's name and the client's address), shared by every instance where the database keeps them. */
export interface RateLimits {
  /**
   * Records a hit when the key has had fewer than `max` after `since` (ISO time), counting and recording as one step on
   * every instance, so racing requests cannot all pass; the hit's id, or undefined when the limit is reached.
   */
  take(key: string, since: string, at: string, max: number): Promise<string | undefined>;
  /** Forgets a hit taken (a sign-in that succeeded does not count). */
  giveBack(id: string): Promise<void>;
}

/** Hits are kept this long: longer than any window. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

/** A hit taken on a limit: `giveBack` when the attempt turned out not to count. */
export interface TakenHit {
  giveBack(): Promise<void>;
}

/** At most `max` hits per address in a sliding window of `windowMs`, on the shared counters. */
export function rateLimit(store: RateLimits, name: string, max: number, windowMs: number) {
  return {
    /** Takes one of the address's hits in the window ending now; undefined when they are used up. */
    async take(address: string, now: string): Promise<TakenHit | undefined> {
      const since = new Date(Date.parse(now) - windowMs).toISOString();
      const id = await store.take(`${name}|${address}`, since, now, max);
      return id === undefined ? undefined : { giveBack: () => store.giveBack(id) };
    },
  };
}
