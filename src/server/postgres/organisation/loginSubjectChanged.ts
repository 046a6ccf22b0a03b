import type { Db } from '../Db';
import { loginSubjectText } from '../../organisation/loginSubject';
import { recordChange } from './recordChange';

/**
 * A person's inloggnings-id set, changed or removed (issue 22): her sessions end in the same transaction, so none opened
 * under the old id outlives it, and the change is kept as its own line naming the old and the new id.
 */
export async function loginSubjectChanged(
  tx: Db,
  change: { userId: string; namn: string; before: string | undefined; after: string | undefined; by: string; at: string },
  source: { suffix: string; data: object } = { suffix: '', data: {} },
): Promise<void> {
  const { userId, namn, before, after, by, at } = change;
  await tx.query('delete from sessions where user_id = $1', [userId]);
  await recordChange(tx, at, by, 'inloggnings_id', userId, `${loginSubjectText(namn, before, after)}${source.suffix}`, {
    ...source.data,
    before: before ?? null,
    after: after ?? null,
  });
}
