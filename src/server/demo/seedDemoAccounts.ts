import type { Db } from '../postgres/Db';
import { accountNames } from '../postgres/accounts/accountNames';
import type { Actor } from '../../engine/index';
import type { LocalAccounts } from '../accounts/LocalAccounts';
import { DEMO_PASSWORD, demoUsername } from './demoPeople';

/** The demo people get local accounts (first name, shared demo password) once; an account someone changed is left as it is. */
export async function seedDemoAccounts(db: Db, accounts: LocalAccounts, users: readonly Actor[], at: string): Promise<void> {
  const rows = await accountNames(db);
  const hasAccount = new Set(rows.map((r) => r.userId));
  const taken = new Set(rows.map((r) => r.username));
  for (const u of users) {
    const username = demoUsername(u.namn);
    if (hasAccount.has(u.userId) || taken.has(username)) continue;
    await accounts.set(u.userId, username, DEMO_PASSWORD, at);
  }
}
