import type { Db } from '../Db';

/** Every local account's person and user name (the demo seeding leaves taken ones alone). */
export async function accountNames(db: Db): Promise<{ userId: string; username: string }[]> {
  const { rows } = await db.query<{ user_id: string; username: string }>('select user_id, username from local_accounts');
  return rows.map((r) => ({ userId: r.user_id, username: r.username }));
}
