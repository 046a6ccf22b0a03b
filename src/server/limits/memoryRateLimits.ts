import { FORGET_AFTER_MS } from './RateLimits';
import type { RateLimits } from './RateLimits';

/** The in-memory twin of the PostgreSQL counters (API tests without a database): one instance's memory only. */
export function memoryRateLimits(): RateLimits {
  const hits = new Map<string, { id: string; at: string }[]>();
  let next = 0;
  return {
    // No await between the count and the push: one instance's requests cannot interleave here.
    async take(key, since, at, max) {
      const forget = new Date(Date.parse(at) - FORGET_AFTER_MS).toISOString();
      const kept = (hits.get(key) ?? []).filter((h) => h.at > forget);
      if (kept.filter((h) => h.at > since).length >= max) return undefined;
      const id = `${key}#${next++}`;
      hits.set(key, [...kept, { id, at }]);
      return id;
    },
    async giveBack(id) {
      const key = id.slice(0, id.lastIndexOf('#'));
      hits.set(
        key,
        (hits.get(key) ?? []).filter((h) => h.id !== id),
      );
    },
  };
}
