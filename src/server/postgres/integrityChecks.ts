import type { Db } from './Db';

/** One recorded run of the whole log's check (`integrity_checks`, written by `verifyLog`). */
export interface IntegrityCheckRow {
  checkedAt: string;
  ok: boolean;
  arenden: number;
  events: number;
  problems: { arendeId: string; seq?: number; eventId?: string; reason: string }[];
}

/** The newest check of the whole log, or undefined before the first. */
export async function latestIntegrityCheck(db: Db): Promise<IntegrityCheckRow | undefined> {
  const { rows } = await db.query<{
    checked_at: string;
    ok: boolean;
    arenden: number;
    events: number;
    problems: IntegrityCheckRow['problems'];
  }>('select checked_at, ok, arenden, events, problems from integrity_checks order by id desc limit 1');
  const r = rows[0];
  return r ? { checkedAt: r.checked_at, ok: r.ok, arenden: r.arenden, events: r.events, problems: r.problems } : undefined;
}
