import type { ReadingGrants } from './ReadingGrants';

/** The in-memory twin of the PostgreSQL grants (API tests without a database). */
export function memoryReadingGrants(): ReadingGrants {
  const rows: { userId: string; arendeId: string; reason: string; at: string; until: string }[] = [];
  return {
    async grant(userId, arendeId, reason, at, until) {
      rows.push({ userId, arendeId, reason, at, until });
    },
    async active(userId, arendeId, at) {
      return rows.findLast((r) => r.userId === userId && r.arendeId === arendeId && r.at <= at && r.until > at)?.reason;
    },
  };
}
