import type { Db } from '../../adapters/postgres/Db';
import type { Actor } from '../../engine/index';
import { DEMO_PASSWORD, demoUsername } from '../../demo/demoOrganisation';
import type { LocalAccounts } from './LocalAccounts';

/** The demo people get local accounts (first name, shared demo password) once; an account someone changed is left as it is. */
export async function seedDemoAccounts(db: Db, accounts: LocalAccounts, users: readonly Actor[], at: string): Promise<void> {
  const { rows } = await db.query<{ user_id: string; username: string }>('select user_id, username from local_accounts');
  const hasAccount = new Set(rows.map((r) => r.user_id));
  const taken = new Set(rows.map((r) => r.username));
  for (const u of users) {
    const username = demoUsername(u.namn);
    if (hasAccount.has(u.userId) || taken.has(username)) continue;
    await accounts.set(u.userId, username, DEMO_PASSWORD, at);
  }
}
