import type { Db } from './Db';

/** Every person's id, in order (the notifier plans per person). */
export async function userIds(db: Db): Promise<string[]> {
  return (await db.query<{ id: string }>('select id from users order by id')).rows.map((r) => r.id);
}

/** Every person's name by id, sorted by name (names that must never reach a report or another reader). */
export async function peopleNames(db: Db): Promise<{ userId: string; namn: string }[]> {
  const { rows } = await db.query<{ id: string; namn: string }>('select id, namn from users order by namn');
  return rows.map((r) => ({ userId: r.id, namn: r.namn }));
}

/** Whether the database answers at all (the readiness probe). */
export async function databaseAnswers(db: Db): Promise<boolean> {
  await db.query('select 1');
  return true;
}
