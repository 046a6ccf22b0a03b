import type { Db } from '../postgres/Db';

/**
 * The oldest transaction this snapshot may not see: a check that starts here has seen every row older than it, so the
 * rows to re-check next time are those whose `xmin` (the transaction that wrote this version of the row) is not older.
 */
export async function transactionHorizon(db: Db): Promise<{ horizon: string; next: string }> {
  const { rows } = await db.query<{ h: string; n: string }>(
    'select pg_snapshot_xmin(pg_current_snapshot())::text as h, pg_snapshot_xmax(pg_current_snapshot())::text as n',
  );
  return { horizon: rows[0]!.h, next: rows[0]!.n };
}

// age() compares 32-bit ids within 2^31 of now; an older horizon cannot be compared and the whole log is checked.
const COMPARABLE = 2n ** 31n - 10_000_000n;

/** Whether rows can still be compared with `horizon` (same cluster, not wrapped since); why not, if not. */
export function horizonUsable(horizon: string, next: string): string | undefined {
  const h = BigInt(horizon);
  const n = BigInt(next);
  if (n < h) return 'Databasens transaktionsräknare ligger före stoppmarkeringens: databasen har bytts ut eller återställts.';
  if (n - h > COMPARABLE) return 'Det har gått för många transaktioner sedan stoppet för att jämföra rader.';
  return undefined;
}

const NEWER = 'age(xmin) <= age($1::text::xid)';
// One pass over each table: what changed since the horizon (by `xmin`) and the counts that reveal a deletion.
const SCAN = `with
  e as (select count(*) as n, count(*) filter (where seq = 0) as firsts,
    coalesce(array_agg(distinct arende_id) filter (where ${NEWER}), '{}') as ch from events),
  l as (select count(*) as n, coalesce(max(pos), 0) as m,
    coalesce(array_agg(distinct arende_id) filter (where ${NEWER}), '{}') as ch from ledger),
  h as (select count(*) as n, coalesce(array_agg(arende_id) filter (where ${NEWER}), '{}') as ch from chain_heads),
  s as (select count(*) as n, coalesce(array_agg(arende_id) filter (where ${NEWER}), '{}') as ch from summaries)
  select e.n::text as events, e.firsts::text as firsts, l.n::text as ledger, l.m::text as "lastPos", h.n::text as heads,
    s.n::text as rows, e.ch || l.ch || h.ch || s.ch as changed from e, l, h, s`;

export type LogCounts = Record<'ledger' | 'lastPos' | 'events' | 'heads' | 'rows' | 'firsts', number>;

/**
 * Every ärende with a row in the log's tables written or changed (inserted, updated, replaced) since `horizon`, and the
 * counts that reveal a deleted row, which leaves no `xmin` behind.
 */
export async function changedSince(db: Db, horizon: string): Promise<{ changed: string[]; counts: LogCounts }> {
  const xid = String(BigInt(horizon) % 2n ** 32n);
  const { rows } = await db.query<Record<keyof LogCounts, string> & { changed: string[] }>(SCAN, [xid]);
  const r = rows[0]!;
  const counts = {
    ledger: Number(r.ledger),
    lastPos: Number(r.lastPos),
    events: Number(r.events),
    heads: Number(r.heads),
    rows: Number(r.rows),
    firsts: Number(r.firsts),
  };
  return { changed: [...new Set(r.changed)].sort(), counts };
}

/** Checkpoints of at most `size` events written or changed since `horizon` (size and root). */
export async function checkpointsChangedSince(db: Db, horizon: string, size: number): Promise<{ size: number; root: string }[]> {
  const xid = String(BigInt(horizon) % 2n ** 32n);
  const { rows } = await db.query<{ size: string; root: string }>(
    'select size::text as size, root from checkpoints where size <= $2 and age(xmin) <= age($1::text::xid)',
    [xid, size],
  );
  return rows.map((r) => ({ size: Number(r.size), root: r.root }));
}
