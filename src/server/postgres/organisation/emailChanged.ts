import type { Db } from '../Db';
import { recordChange } from './recordChange';

/** The address before a change, read in the change's transaction. */
export async function emailBefore(tx: Db, userId: string): Promise<string | undefined> {
  const { rows } = await tx.query<{ epost: string | null }>('select epost from users where id = $1', [userId]);
  return rows[0]?.epost?.trim() || undefined;
}

/**
 * A changed e-mail address is its own organisation change (kind `epost`), so a one-time code is never sent by the one
 * who just pointed the address somewhere else (issue 22). The addresses stay out of the text.
 */
export async function emailChanged(
  tx: Db,
  change: { userId: string; namn: string; before: string | undefined; after: string | undefined; by: string; at: string },
  suffix = '',
): Promise<void> {
  const { userId, namn, before, after, by, at } = change;
  const next = after?.trim() ?? '';
  // Only an address put in can lead a code somewhere; one taken away leads it nowhere.
  if (!next || (before ?? '').toLowerCase() === next.toLowerCase()) return;
  await recordChange(tx, at, by, 'epost', userId, `E-postadressen för ${namn} ändrades${suffix}`, {});
}
