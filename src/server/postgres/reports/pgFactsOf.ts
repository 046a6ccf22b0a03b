import type { ArendeFacts } from '../../../engine/internal';
import type { Db } from '../Db';

/** The stored report facts of these ärenden (those without a row are left out): what a report cache re-reads after a commit. */
export async function pgFactsOf(db: Db, ids: readonly string[]): Promise<ArendeFacts[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ facts: ArendeFacts }>('select facts from facts where arende_id = any($1::text[])', [ids]);
  return rows.map((r) => r.facts);
}
