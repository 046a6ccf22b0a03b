/** Hits per key (a limit's name and the client's address), shared by every instance where the database keeps them. */
export interface RateLimits {
  /** How many hits the key has had after `since` (ISO time). */
  count(key: string, since: string): Promise<number>;
  /** Records a hit; hits older than a day (any key) may be forgotten. */
  hit(key: string, at: string): Promise<void>;
}

/** Hits are kept this long: longer than any window. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

/** At most `max` hits per address in a sliding window of `windowMs`, on the shared counters. */
export function rateLimit(store: RateLimits, name: string, max: number, windowMs: number) {
  const key = (address: string) => `${name}|${address}`;
  return {
    /** The address has used up its hits in the window ending now. */
    async exceeded(address: string, now: string): Promise<boolean> {
      return (await store.count(key(address), new Date(Date.parse(now) - windowMs).toISOString())) >= max;
    },
    record: (address: string, now: string) => store.hit(key(address), now),
  };
}
