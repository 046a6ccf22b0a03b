import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/postgres/migrate';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { seedOrganisation } from '../../src/server/postgres/PgDirectory';
import type { Db } from '../../src/server/postgres/Db';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { memorySessions } from '../../src/server/sessions/memorySessions';
import { pgSessions, SESSION_ENDED } from '../../src/server/postgres/sessions/pgSessions';
import { hashToken } from '../../src/server/sessions/sessionToken';
import { until } from '../support/until';
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
    expect(await s.lookup(idle.token, at(29))).toMatchObject({ userId: 'user:anna' });
    expect(await s.lookup(idle.token, at(29 + 31))).toBeUndefined();

    const busy = await s.create('user:erik', at(0));
    for (let m = 10; m < 600; m += 10) expect(await s.lookup(busy.token, at(m)), `minut ${m}`).toMatchObject({ userId: 'user:erik' });
    expect(await s.lookup(busy.token, at(600))).toBeUndefined();
    expect(await s.lookup('inte-en-token', at(1))).toBeUndefined();
  });

  it('says until when the session lasts at the latest: its idle end, or its absolute end when that comes first', async () => {
    const s = await make();
    const idle = await s.create('user:anna', at(0));
    expect(await s.lookup(idle.token, at(10), { touch: false })).toEqual({ userId: 'user:anna', until: at(30) });
    const busy = await s.create('user:erik', at(0));
    for (let m = 10; m < 600; m += 10) await s.lookup(busy.token, at(m));
    expect(await s.lookup(busy.token, at(595), { touch: false })).toEqual({ userId: 'user:erik', until: at(600) });
  });

  it('signs out one session, or every session of a person', async () => {
    const s = await make();
    const a = await s.create('user:sara', at(0));
    const b = await s.create('user:sara', at(0));
    const other = await s.create('user:fredrik', at(0));
    await s.destroy(a.token);
    expect(await s.lookup(a.token, at(1))).toBeUndefined();
    expect(await s.lookup(b.token, at(1))).toMatchObject({ userId: 'user:sara' });
    await s.destroyAllFor('user:sara');
    expect(await s.lookup(b.token, at(2))).toBeUndefined();
    expect(await s.lookup(other.token, at(2))).toMatchObject({ userId: 'user:fredrik' });
  });
});

/** Migration 0025: every instance hears of a session's end, however it ended, and not of the idle time's refresh. */
describe('a session that ends is notified on kf_session_ended (PGlite)', () => {
  it('names the person at sign-out, at "Logga ut överallt" and at a delete by hand, never at a refresh', async () => {
    db ??= await pgliteDb();
    await migrate(db);
    await seedOrganisation(db, DEMO_ORG, DEMO_USERS, '2000-01-01T00:00:00.000Z');
    const heard: string[] = [];
    const unlisten = await db.listen(
      SESSION_ENDED,
      (userId) => heard.push(userId),
      () => undefined,
    );
    const s = pgSessions(db, TIMES);
    const one = await s.create('user:anna', at(0));
    await s.create('user:erik', at(0));
    const manual = await s.create('user:sara', at(0));
    await s.lookup(one.token, at(5));
    await s.destroy(one.token);
    await s.destroyAllFor('user:erik');
    await db.query('delete from sessions where id_hash = $1', [hashToken(manual.token)]);
    await until('three ends are heard', () => heard.length >= 3);
    await unlisten();
    expect(heard).toEqual(['user:anna', 'user:erik', 'user:sara']);
  });
});
