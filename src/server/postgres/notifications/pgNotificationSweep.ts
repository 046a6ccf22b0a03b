import type { Db } from '../Db';

/** Remembers when each ärende next has something fall due. */
export async function scheduleNotifications(db: Db, rows: readonly { arendeId: string; nextAt: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `insert into notification_schedule (arende_id, next_at)
     select x.arende_id, x.next_at from json_to_recordset($1::json) as x(arende_id text, next_at text)
     on conflict (arende_id) do update set next_at = excluded.next_at`,
    [JSON.stringify(rows.map((r) => ({ arende_id: r.arendeId, next_at: r.nextAt })))],
  );
}

/** Ärenden whose next time has come, and open ones never planned. */
export async function dueForSweep(db: Db, now: string): Promise<{ arendeId: string; first: boolean }[]> {
  // A changed role assignment asks for every open ärende once (the flag is taken by whoever sweeps first).
  const replan = (await db.query('delete from notification_replan where id = 1 returning id')).rowCount > 0;
  const { rows } = await db.query<{ id: string; first: boolean }>(
    `select arende_id as id, false as first from notification_schedule s
     where s.next_at <= $1 or ($2::boolean and exists (select 1 from summaries m where m.arende_id = s.arende_id and m.status = 'open'))
     union all
     select m.arende_id, true from summaries m where m.status = 'open' and not exists (select 1 from notification_schedule s where
       s.arende_id = m.arende_id)
     order by 1`,
    [now, replan],
  );
  return rows.map((r) => ({ arendeId: r.id, first: r.first }));
}

/** The sweep's lease: one instance at a time sweeps, for `holdMs`. */
export async function takeSweep(db: Db, holdMs: number): Promise<boolean> {
  const { rows } = await db.query(
    `insert into notification_sweeps (name, locked_until) values ('sweep', now() + ($1::int * interval '1 millisecond'))
     on conflict (name) do update set locked_until = excluded.locked_until where notification_sweeps.locked_until < now()
     returning name`,
    [Math.round(holdMs)],
  );
  return rows.length > 0;
}
