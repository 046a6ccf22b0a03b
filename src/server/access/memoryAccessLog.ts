import type { AccessEntry } from '../../api/contract';
import type { AccessLog } from './AccessLog';
import { arendePattern } from './arendePattern';

const matchesArende = (id: string | undefined, wanted: string) => {
  const p = arendePattern(wanted);
  return id !== undefined && (p.exact ? id === p.value : id.startsWith(p.value));
};

/** The in-memory twin of the PostgreSQL access log (API tests without a database). */
export function memoryAccessLog(): AccessLog {
  const rows: (AccessEntry & { id: number })[] = [];
  return {
    async record(entry) {
      rows.push({ ...entry, id: rows.length + 1 });
    },
    async search(q) {
      const hits = rows
        .filter(
          (r) =>
            (q.arende === undefined || matchesArende(r.arendeId, q.arende)) &&
            (q.userId === undefined || r.userId === q.userId) &&
            (q.before === undefined || r.id < q.before),
        )
        .reverse()
        .slice(0, q.limit + 1);
      const page = hits.slice(0, q.limit);
      return { rows: page, ...(hits.length > q.limit ? { next: page[page.length - 1]!.id } : {}) };
    },
  };
}
