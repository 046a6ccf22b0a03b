import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/postgres/migrate';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { seedOrganisation } from '../../src/server/postgres/PgDirectory';
import type { Db } from '../../src/server/postgres/Db';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { memorySessions } from '../../src/server/sessions/memorySessions';
import { pgSessions } from '../../src/server/postgres/sessions/pgSessions';
import type { SessionStore } from '../../src/server/sessions/SessionStore';

const TIMES = { idleMinutes: 30, absoluteHours: 10 };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 8, 0) + minutes * 60_000).toISOString();

let db: Db | undefined;
afterAll(async () => db?.close());

const stores: [string, () => Promise<SessionStore>][] = [
  ['i minnet', async () => memorySessions(TIMES)],
  [
    'PostgreSQL (PGlite)',
    async () => {
      db ??= await pgliteDb();
      await migrate(db);
      await seedOrganisation(db, DEMO_ORG, DEMO_USERS, '2000-01-01T00:00:00.000Z');
      return pgSessions(db, TIMES);
    },
  ],
];

describe.each(stores)('server sessions (%s)', (_name, make) => {
  it('ends after 30 idle minutes, lives on with activity, never past its absolute end', async () => {
    const s = await make();
    const idle = await s.create('user:anna', at(0));
    expect(await s.lookup(idle.token, at(29))).toEqual({ userId: 'user:anna' });
    expect(await s.lookup(idle.token, at(29 + 31))).toBeUndefined();

    const busy = await s.create('user:erik', at(0));
    for (let m = 10; m < 600; m += 10) expect(await s.lookup(busy.token, at(m)), `minut ${m}`).toEqual({ userId: 'user:erik' });
    expect(await s.lookup(busy.token, at(600))).toBeUndefined();
    expect(await s.lookup('inte-en-token', at(1))).toBeUndefined();
  });

  it('signs out one session, or every session of a person', async () => {
    const s = await make();
    const a = await s.create('user:sara', at(0));
    const b = await s.create('user:sara', at(0));
    const other = await s.create('user:fredrik', at(0));
    await s.destroy(a.token);
    expect(await s.lookup(a.token, at(1))).toBeUndefined();
    expect(await s.lookup(b.token, at(1))).toEqual({ userId: 'user:sara' });
    await s.destroyAllFor('user:sara');
    expect(await s.lookup(b.token, at(2))).toBeUndefined();
    expect(await s.lookup(other.token, at(2))).toEqual({ userId: 'user:fredrik' });
  });
});
