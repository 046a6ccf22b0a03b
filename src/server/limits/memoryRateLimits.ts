import { FORGET_AFTER_MS } from './RateLimits';
import type { RateLimits } from './RateLimits';

/** The in-memory twin of the PostgreSQL counters (API tests without a database): one instance's memory only. */
export function memoryRateLimits(): RateLimits {
  const hits = new Map<string, string[]>();
  return {
    async count(key, since) {
      return (hits.get(key) ?? []).filter((at) => at > since).length;
    },
    async hit(key, at) {
      const forget = new Date(Date.parse(at) - FORGET_AFTER_MS).toISOString();
      hits.set(key, [...(hits.get(key) ?? []).filter((t) => t > forget), at]);
    },
  };
}
