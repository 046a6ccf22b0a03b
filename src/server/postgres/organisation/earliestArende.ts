import type { Db } from '../Db';
import { stockholmDate } from '../../../engine/index';

/** The Stockholm day the enhet's first ärende was opened, or undefined when it has none. */
export async function earliestArende(tx: Db, enhetId: string): Promise<string | undefined> {
  const { rows } = await tx.query<{ first: string | null }>('select min(opened_at) as first from summaries where enhet_id = $1', [enhetId]);
  return rows[0]?.first ? stockholmDate(rows[0].first) : undefined;
}

/** Every enhet's first ärende day (for the CSV import's check of many start dates at once). */
export async function earliestArenden(tx: Db): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ enhet_id: string; first: string }>(
    'select enhet_id, min(opened_at) as first from summaries group by enhet_id',
  );
  return new Map(
    rows.flatMap((r) => {
      const day = stockholmDate(r.first);
      return day ? [[r.enhet_id, day] as const] : [];
    }),
  );
}
