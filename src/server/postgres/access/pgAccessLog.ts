import type { Db } from '../Db';
import { likePrefix } from '../summarySql';
import type { AccessEntry } from '../../../api/contract';
import type { AccessLog } from '../../access/AccessLog';
import { arendePattern } from '../../access/arendePattern';

interface Row {
  id: string;
  at: string;
  user_id: string;
  role: string | null;
  kind: AccessEntry['kind'];
  arende_id: string | null;
  enhet_id: string | null;
  detail: string | null;
  reason: string | null;
}

/** The access log in PostgreSQL (migrations 0005, 0009): insert and select only, like the events. */
export function pgAccessLog(db: Db): AccessLog {
  return {
    async record(e) {
      await db.query(
        'insert into access_log (at, user_id, role, kind, arende_id, enhet_id, detail, reason) values ($1, $2, $3, $4, $5, $6, $7, $8)',
        [e.at, e.userId, e.role ?? null, e.kind, e.arendeId ?? null, e.enhetId ?? null, e.detail ?? null, e.reason ?? null],
      );
    },
    async search(q) {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, v: unknown) => {
        params.push(v);
        where.push(sql.replace('?', `$${params.length}`));
      };
      if (q.arende !== undefined) {
        const p = arendePattern(q.arende);
        if (p.exact) add('arende_id = ?', p.value);
        else add("arende_id like ? escape '\\'", likePrefix(p.value));
      }
      if (q.userId !== undefined) add('user_id = ?', q.userId);
      if (q.before !== undefined) add('id < ?', q.before);
      params.push(q.limit + 1);
      const { rows } = await db.query<Row>(
        `select id, at, user_id, role, kind, arende_id, enhet_id, detail, reason ` +
          `from access_log ${where.length ? `where ${where.join(' and ')}` : ''} ` +
          `order by id desc limit $${params.length}`,
        params,
      );
      const page = rows.slice(0, q.limit).map((r) => ({
        id: Number(r.id),
        at: r.at,
        userId: r.user_id,
        kind: r.kind,
        ...(r.role ? { role: r.role as AccessEntry['role'] } : {}),
        ...(r.arende_id ? { arendeId: r.arende_id } : {}),
        ...(r.enhet_id ? { enhetId: r.enhet_id } : {}),
        ...(r.detail ? { detail: r.detail } : {}),
        ...(r.reason ? { reason: r.reason } : {}),
      }));
      return { rows: page, ...(rows.length > q.limit ? { next: page[page.length - 1]!.id } : {}) };
    },
  };
}
