/** At most `max` sign-in attempts per key (the client's address) in a sliding window; kept per server instance. */
export function signInLimiter(max = 10, windowMs = 60_000, keys = 10_000) {
  const seen = new Map<string, number[]>();
  return {
    /** Counts an attempt; false when the key has used up its attempts in the window. */
    allow(key: string, nowMs: number): boolean {
      const recent = (seen.get(key) ?? []).filter((t) => nowMs - t < windowMs);
      seen.delete(key);
      if (seen.size >= keys) seen.delete(seen.keys().next().value!);
      if (recent.length >= max) {
        seen.set(key, recent);
        return false;
      }
      recent.push(nowMs);
      seen.set(key, recent);
      return true;
    },
  };
}
