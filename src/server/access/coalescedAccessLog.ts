import type { AccessLog } from './AccessLog';

/**
 * One person's identical reads within `windowMs` are one opening (a page that reads again after a save);
 * refusals are always kept. Per server instance: two instances may each log the same opening once.
 */
export function coalescedAccessLog(log: AccessLog, windowMs = 60_000, max = 10_000): AccessLog {
  const recent = new Map<string, number>();
  return {
    async record(e) {
      if (e.kind !== 'nekat') {
        const key = `${e.userId}|${e.kind}|${e.arendeId ?? ''}|${e.detail ?? ''}|${e.reason ?? ''}`;
        const at = Date.parse(e.at);
        const last = recent.get(key);
        if (last !== undefined && at >= last && at - last < windowMs) return;
        recent.delete(key);
        if (recent.size >= max) recent.delete(recent.keys().next().value!);
        recent.set(key, at);
      }
      await log.record(e);
    },
    search: (q) => log.search(q),
  };
}
