import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { openDatabase } from '../../src/server/postgres/openDatabase';
import { seedOrganisation } from '../../src/server/postgres/PgDirectory';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { sessionCache } from '../../src/server/postgres/sessions/sessionCache';
import { pgSessions, watchSessionEnds } from '../../src/server/postgres/sessions/pgSessions';
import type { PgSessionStore } from '../../src/server/postgres/sessions/pgSessions';
import { asSuperuser, createTestDatabase } from '../postgres/testDatabase';

const TIMES = { idleMinutes: 30, absoluteHours: 10 };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 8, 0) + minutes * 60_000).toISOString();
// Memory that would otherwise answer for an hour: only the expiry it keeps and the ends it hears can make it say no.
const HOUR = 3_600_000;

/** An instance's session store with its LISTEN; `next()` resolves at the next end it hears. */
async function instance(db: Db) {
  const sessions = pgSessions(db, TIMES, HOUR);
  let waiting: (() => void)[] = [];
  const unlisten = await watchSessionEnds(db, sessions, () => {
    for (const w of waiting.splice(0)) w();
  });
  const next = () => new Promise<void>((resolve) => (waiting = [...waiting, resolve]));
  return { sessions, next, unlisten };
}

describe('the session memory', () => {
  it('does not remember a read that raced an end, and forgets after its time', () => {
    let clock = 0;
    const cache = sessionCache(1000, () => clock);
    const s = { userId: 'user:sara', lastSeenAt: at(0), expiresAt: at(600) };
    const epoch = cache.epoch();
    cache.ended('user:sara');
    cache.remember('a', s, epoch);
    expect(cache.get('a')).toBeUndefined();
    cache.remember('a', s, cache.epoch());
    expect(cache.get('a')).toEqual(expect.objectContaining(s));
    clock = 1000;
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('cached sessions on PGlite', () => {
  let db: Db;
  let store: PgSessionStore;
  beforeAll(async () => {
    db = await pgliteDb();
    await migrate(db);
    await seedOrganisation(db, DEMO_ORG, DEMO_USERS, '2000-01-01T00:00:00.000Z');
    store = pgSessions(db, TIMES, HOUR);
  });
  afterAll(() => db.close());

  it('keeps the absolute end and the idle timeout exact while remembered', async () => {
    const s = await store.create('user:erik', at(0));
    for (let m = 0; m < 600; m += 20) expect(await store.lookup(s.token, at(m)), `minut ${m}`).toMatchObject({ userId: 'user:erik' });
    expect(await store.lookup(s.token, at(600))).toBeUndefined();
    const idle = await store.create('user:erik', at(0));
    expect(await store.lookup(idle.token, at(1))).toMatchObject({ userId: 'user:erik' });
    expect(await store.lookup(idle.token, at(31), { touch: false })).toBeUndefined();
    // A stream's re-check does not keep it alive: the remembered idle clock did not move either.
    const watched = await store.create('user:erik', at(0));
    expect(await store.lookup(watched.token, at(29), { touch: false })).toMatchObject({ userId: 'user:erik' });
    // From memory too, a lookup says when the session ends at the latest (its untouched idle time here).
    expect(await store.lookup(watched.token, at(29.5), { touch: false })).toEqual({ userId: 'user:erik', until: at(30) });
    expect(await store.lookup(watched.token, at(30.5))).toBeUndefined();
  });

  it('forgets a session ended by SQL outside the store (a changed inloggnings-id) when the trigger is heard', async () => {
    const here = await instance(db);
    const s = await here.sessions.create('user:sara', at(0));
    expect(await here.sessions.lookup(s.token, at(1))).toMatchObject({ userId: 'user:sara' });
    const heard = here.next();
    await db.transaction((tx) => tx.query('delete from sessions where user_id = $1', ['user:sara']));
    await heard;
    expect(await here.sessions.lookup(s.token, at(2))).toBeUndefined();
    await here.unlisten();
  });
});

describe('cached sessions on two instances of real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dbs: Db[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const owner = await openDatabase({ url: database.url });
    await migrate(owner);
    await seedOrganisation(owner, DEMO_ORG, DEMO_USERS, '2000-01-01T00:00:00.000Z');
    await owner.close();
    dbs = [await openDatabase({ url: database.url }), await openDatabase({ url: database.url })];
  });
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.close()));
    await database.drop();
  });

  it('ends a remembered session on the other instance at sign-out, "Logga ut överallt" and an end by hand', async () => {
    const [a, b] = [await instance(dbs[0]!), await instance(dbs[1]!)];
    const one = await a.sessions.create('user:sara', at(0));
    const two = await a.sessions.create('user:sara', at(0));
    const erik = await a.sessions.create('user:erik', at(0));
    for (const s of [one, two, erik]) expect(await b.sessions.lookup(s.token, at(1))).toBeDefined();

    let heard = b.next();
    await a.sessions.destroy(one.token);
    expect(await a.sessions.lookup(one.token, at(2))).toBeUndefined();
    await heard;
    expect(await b.sessions.lookup(one.token, at(2))).toBeUndefined();
    expect(await b.sessions.lookup(two.token, at(2))).toMatchObject({ userId: 'user:sara' });

    heard = b.next();
    await a.sessions.destroyAllFor('user:sara');
    await heard;
    expect(await b.sessions.lookup(two.token, at(3))).toBeUndefined();

    heard = b.next();
    await asSuperuser(database.url, (c) => c.query("delete from sessions where user_id = 'user:erik'"));
    await heard;
    expect(await b.sessions.lookup(erik.token, at(3))).toBeUndefined();
    await Promise.all([a.unlisten(), b.unlisten()]);
  });
});
