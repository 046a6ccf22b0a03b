import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { pgAccessLog } from '../../src/server/postgres/access/pgAccessLog';
import { verifyLog } from '../../src/server/postgres/verifyLog';
import { IntegrityError } from '../../src/engine/internal';
import { ADMIN_URL, asSuperuser, createTestDatabase } from './testDatabase';
import { listRowOf, sealedChain } from './sealedChain';
import { testSigner } from './testSigner';

const signer = testSigner();
const appRole = `kf_app_${randomBytes(4).toString('hex')}`;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
let store: PgEventStore;

/** Writes ärenden of real sealed events through the store (each with its signed head). */
async function write(s: PgEventStore, ids: readonly string[], length = 4): Promise<void> {
  for (const id of ids) {
    const events = sealedChain(id, length);
    await s.append({ events, summaries: [listRowOf(events)] });
  }
}

const attacker = <T>(sql: string, params: unknown[] = []) => asSuperuser(database.url, (c) => c.query(sql, params)) as Promise<T>;

beforeAll(async () => {
  database = await createTestDatabase();
  db = pgDb({ url: database.url, poolSize: 4 });
  await migrate(db);
  store = new PgEventStore(db, signer);
  await asSuperuser(database.url, async (c) => {
    await c.query(`create role ${appRole} nologin`);
    await c.query('select grant_app_role($1)', [appRole]);
  });
});

afterAll(async () => {
  await db?.close();
  await database?.drop();
  // Roles belong to the cluster, not the database: remove ours once its database is gone.
  await asSuperuser(ADMIN_URL, (c) => c.query(`drop role if exists ${appRole}`));
});

describe('append-only history in PostgreSQL itself', () => {
  it('refuses a superuser UPDATE, DELETE and TRUNCATE of events and definitions while the triggers are enabled, in Swedish', async () => {
    await write(store, ['arende:trigger']);
    await store.putDefinition({
      id: 'avvikelse',
      version: 1,
      processType: 'avvikelse',
      title: 'Avvikelse',
      commands: {},
      machine: { id: 'avvikelse', initial: 'a', states: { a: { type: 'final', meta: { title: 'A' } } } },
    });
    await expect(attacker("update definitions set definition = '{}'")).rejects.toThrow(
      'Tabellen definitions får bara läggas till i: UPDATE',
    );
    await expect(attacker('delete from definitions')).rejects.toThrow('DELETE är inte tillåtet');
    await expect(attacker("update events set type = 'x' where arende_id = 'arende:trigger'")).rejects.toThrow(
      'Tabellen events får bara läggas till i: UPDATE är inte tillåtet',
    );
    await expect(attacker("delete from events where arende_id = 'arende:trigger'")).rejects.toThrow('DELETE är inte tillåtet');
    await expect(attacker('truncate events')).rejects.toThrow('TRUNCATE är inte tillåtet');
    expect((await store.eventsOf('arende:trigger')).length).toBe(4);
  });

  it("refuses the app role's UPDATE and DELETE by grants, and lets it append, read and verify", async () => {
    const url = new URL(database.url);
    // Logged in as the superuser but acting as the app role, so this works whatever pg_hba allows.
    url.searchParams.set('options', `-c role=${appRole}`);
    const app = pgDb({ url: url.toString(), poolSize: 2 });
    try {
      expect((await app.query<{ u: string }>('select current_user as u')).rows[0]!.u).toBe(appRole);
      // A server running as the app role starts: the schema is up to date, nothing to migrate.
      expect(await migrate(app)).toEqual([]);
      const appStore = new PgEventStore(app, signer);
      await write(appStore, ['arende:app']);
      expect((await appStore.readArende('arende:app', 0)).events).toHaveLength(4);
      await expect(app.query("update events set type = 'x' where arende_id = 'arende:app'")).rejects.toThrow('permission denied');
      await expect(app.query("delete from events where arende_id = 'arende:app'")).rejects.toThrow('permission denied');
      await expect(app.query('truncate events')).rejects.toThrow('permission denied');
      await expect(app.query('delete from definitions')).rejects.toThrow('permission denied');
      // The access log too: the app role adds to it and reads it, never changes it.
      await pgAccessLog(app).record({
        at: '2026-12-01T10:00:00.000Z',
        userId: 'user:sara',
        role: 'sas',
        kind: 'oppnat',
        arendeId: 'arende:app',
      });
      expect((await pgAccessLog(app).search({ arende: 'arende:app', limit: 5 })).rows).toHaveLength(1);
      await expect(app.query("update access_log set user_id = 'user:ingen'")).rejects.toThrow('permission denied');
      await expect(app.query('delete from access_log')).rejects.toThrow('permission denied');
      // Tables of later migrations get their grants from the same function: history read and added to, the rest changed.
      await app.query(
        "insert into organisation_changes (at, by_user, kind, subject, data) values ('2026-12-01T10:00:00.000Z', 'user:adam', " +
          "'person', 'user:ny', '{}')",
      );
      await expect(app.query('delete from organisation_changes')).rejects.toThrow('permission denied');
      await expect(app.query("update organisation_changes set kind = 'x'")).rejects.toThrow('permission denied');
      await expect(app.query('delete from chain_heads')).rejects.toThrow('permission denied');
      await expect(app.query('delete from integrity_checks')).rejects.toThrow('permission denied');
      expect((await app.query('delete from local_accounts')).rowCount).toBe(0);
      expect((await app.query("update summaries set status = status where arende_id = 'arende:app'")).rowCount).toBe(1);
      expect((await verifyLog(app, signer)).ok).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('verifyLog', () => {
  it('finds a body changed behind a disabled trigger, also when the attacker recomputes the chain and the head', async () => {
    await write(store, ['arende:naiv', 'arende:slug', 'arende:orord']);
    expect((await verifyLog(db, signer)).ok).toBe(true);
    await attacker('alter table events disable trigger events_append_only');
    // Naive: one body changed, nothing else.
    const naive = sealedChain('arende:naiv', 4)[2]!;
    await attacker("update events set body = $1::json where arende_id = 'arende:naiv' and seq = 2", [
      JSON.stringify({ ...naive, stepData: { n: 2, text: 'Ändrad' } }),
    ]);
    // Clever: the whole chain recomputed from the changed event on, and chain_heads.hash moved along.
    const forged = sealedChain('arende:slug', 4, (seq) => ({ n: seq, text: seq === 1 ? 'Ändrad i efterhand' : 'Händelse' }));
    for (const e of forged.slice(1))
      await attacker('update events set body = $1::json, hash = $2 where arende_id = $3 and seq = $4', [
        JSON.stringify(e),
        e.hash,
        e.arendeId,
        e.seq,
      ]);
    await attacker("update chain_heads set hash = $1 where arende_id = 'arende:slug'", [forged[3]!.hash]);
    await attacker('alter table events enable trigger events_append_only');

    const result = await verifyLog(db, signer, { now: '2026-12-01T10:00:00.000Z' });
    expect(result.ok).toBe(false);
    const naiveProblems = result.problems.filter((p) => p.arendeId === 'arende:naiv');
    expect(naiveProblems[0]).toMatchObject({ seq: 2, eventId: 'event:arende:naiv:2' });
    expect(naiveProblems[0]!.reason).toContain('har ändrats i efterhand');
    const slug = result.problems.filter((p) => p.arendeId === 'arende:slug');
    expect(slug.find((p) => p.reason.includes('Signaturen'))).toMatchObject({ seq: 3 });
    // The ledger keeps each event's hash as written: the recomputed events no longer match their places.
    expect(slug.filter((p) => p.reason.includes('saknar sin plats i loggens ordning')).map((p) => p.seq)).toEqual([1, 2, 3]);
    expect(result.problems.some((p) => p.arendeId === 'arende:orord')).toBe(false);
    // The engine's read path refuses the forged head too.
    await expect(new PgEventStore(db, signer).readArende('arende:slug', 0)).rejects.toBeInstanceOf(IntegrityError);
    await expect(new PgEventStore(db, signer).readArende('arende:slug', 0)).rejects.toThrow('arende:slug');
    // And the result is recorded.
    const { rows } = await db.query<{ ok: boolean; problems: unknown[]; checked_at: string }>(
      'select ok, problems, checked_at from integrity_checks order by id desc limit 1',
    );
    expect(rows[0]).toMatchObject({ ok: false, checked_at: '2026-12-01T10:00:00.000Z' });
    expect(rows[0]!.problems).toEqual(result.problems);
  });

  it('finds a deleted last event, a deleted whole log, and events added beyond the head', async () => {
    await write(store, ['arende:kortad', 'arende:tomd', 'arende:forlangd']);
    await attacker('alter table events disable trigger events_append_only');
    await attacker("delete from events where arende_id = 'arende:kortad' and seq = 3");
    await attacker("delete from events where arende_id = 'arende:tomd'");
    await attacker('alter table events enable trigger events_append_only');
    // Appending needs no disabled trigger: a fifth event inserted directly, head untouched.
    const extra = sealedChain('arende:forlangd', 5)[4]!;
    await attacker(
      "insert into events (arende_id, seq, id, type, at, actor_user, body, hash) values ($1, 4, $2, $3, $4, 'user:anna', $5::json, $6)",
      [extra.arendeId, extra.id, extra.type, extra.at, JSON.stringify(extra), extra.hash],
    );
    const result = await verifyLog(db, signer);
    const of = (id: string) => result.problems.filter((p) => p.arendeId === id);
    // The head, the ledger and the list row each name it.
    expect(of('arende:kortad')).toHaveLength(3);
    expect(of('arende:kortad')[0]).toMatchObject({ seq: 3 });
    expect(of('arende:kortad')[1]!.reason).toContain('Listraden är skriven för händelse 3, men loggen slutar vid händelse 2');
    expect(of('arende:kortad')[0]!.reason).toContain('raderats');
    expect(of('arende:kortad')[2]!.reason).toContain('Loggens ordning har en plats för händelse 3, men händelsen finns inte');
    expect(of('arende:tomd')[0]!.reason).toContain('raderats');
    expect(of('arende:forlangd')[0]).toMatchObject({ seq: 4, eventId: 'event:arende:forlangd:4' });
    expect(result.ok).toBe(false);
  });

  it('reads the log in batches of ärenden and counts every event', async () => {
    const lite = await pgliteDb();
    try {
      await migrate(lite);
      const liteStore = new PgEventStore(lite, signer);
      await write(
        liteStore,
        Array.from({ length: 25 }, (_, i) => `arende:b${i}`),
        3,
      );
      expect(await verifyLog(lite, signer, { batch: 4 })).toEqual({ ok: true, arenden: 25, events: 75, problems: [] });
      // A key nobody trusts any longer: every head is reported.
      const other = await verifyLog(lite, testSigner(), { batch: 7 });
      expect(other.problems.map((p) => p.arendeId)).toHaveLength(25);
    } finally {
      await lite.close();
    }
  });
});
