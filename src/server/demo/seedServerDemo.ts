import type { Db } from '../postgres/Db';
import { seedOrganisation } from '../postgres/PgDirectory';
import type { PgEventStore } from '../postgres/PgEventStore';
import type { Actor, Engine, Organisation, ProcessDefinition } from '../../engine/internal';
import type { LocalAccounts } from '../accounts/LocalAccounts';
import { seedDemo } from './demoPeople';
import { seedDemoAccounts } from './seedDemoAccounts';

/** The demo organisation and its people's local accounts, written once (what someone changed since is kept). */
export async function seedDemoPeople(
  db: Db,
  demoOrg: { org: Organisation; users: readonly Actor[] },
  accounts: LocalAccounts,
  now: string,
): Promise<void> {
  await seedOrganisation(db, demoOrg.org, demoOrg.users, '2000-01-01T00:00:00.000Z');
  await seedDemoAccounts(db, accounts, demoOrg.users, now);
}

/** The demo's example ärenden, into an empty log only; the engine then forgets what it had cached. */
export async function seedDemoArenden(
  store: PgEventStore,
  engine: Engine,
  deps: Omit<Parameters<typeof seedDemo>[0], 'store' | 'now'>,
  definitions: readonly ProcessDefinition[],
  now: string,
): Promise<void> {
  if ((await store.count({})) !== 0) return;
  await seedDemo({ ...deps, store, now }, definitions);
  engine.invalidate();
}
