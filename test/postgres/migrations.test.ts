import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { verifyLog } from '../../src/server/postgres/verifyLog';
import { listRowOf, sealedChain } from './sealedChain';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { PgDirectory } from '../../src/server/postgres/PgDirectory';
import { ev, summary } from '../contracts/eventStoreContract';
import { createTestDatabase, withDatabase } from './testDatabase';
import { testSigner } from './testSigner';

/** Every migration in order: a database from any version runs the rest of this list. */
const MIGRATIONS = [
  '0001_initial',
  '0002_summaries_opened_by',
  '0003_facts_handelsedatum',
  '0004_organisation_details',
  '0005_access_log',
  '0006_organisation_admin',
  '0007_local_accounts',
  '0008_oidc',
  '0009_reading_outside',
  '0010_notifications',
  '0011_public_intake',
  '0012_public_intake_key',
  '0013_enhet_dates',
  '0014_waiting_done_by',
  '0015_role_requests',
  '0016_rate_limits',
  '0017_ledger',
  '0018_one_time_codes',
  '0019_facts_riskanalys_pack',
  '0020_login_subject_requests',
  '0021_version_beslut',
  '0022_facts_lex_sarah_pack',
  '0023_facts_counted_years',
  '0024_ledger_lock_last',
  '0025_session_ended_notify',
];

const TABLES = [
  'access_log',
  'chain_heads',
  'checkpoints',
  'commands',
  'definitions',
  'enheter',
  'events',
  'facts',
  'forvaltningar',
  'integrity_checks',
  'ledger',
  'local_accounts',
  'mail_jobs',
  'notification_preferences',
  'notification_replan',
  'notification_schedule',
  'notification_sweeps',
  'notifications',
  'oidc_logins',
  'organisation_changes',
  'pgmigrations',
  'public_intake',
  'rate_limit_hits',
  'reading_grants',
  'role_assignments',
  'role_requests',
  'sessions',
  'summaries',
  'users',
  'verksamheter',
  'version_beslut',
  'waiting',
];

async function tables(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ t: string }>(
    'select table_name as t from information_schema.tables where table_schema = current_schema() order by 1',
  );
  return rows.map((r) => r.t);
}

async function hasIndex(db: Db, name: string): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from pg_indexes where schemaname = current_schema() and indexname = $1',
    [name],
  );
  return rows[0]!.n === 1;
}

function migrationSuite(name: string, open: () => Promise<Db>) {
  describe(`migrations on ${name}`, () => {
    it('run from an empty database, and a second run does nothing', async () => {
      const db = await open();
      expect(await migrate(db)).toEqual(MIGRATIONS);
      expect(await tables(db)).toEqual(TABLES);
      expect(await migrate(db)).toEqual([]);
    });

    it('run from the previous version, keeping what was written', async () => {
      const db = await open();
      expect(await migrate(db, { to: 1 })).toEqual(['0001_initial']);
      expect(await hasIndex(db, 'summaries_opened_by')).toBe(false);
      const store = new PgEventStore(db, testSigner());
      await store.append({ events: [ev('arende:a', 0), ev('arende:a', 1)], summaries: [summary('arende:a', 1)] });

      expect(await migrate(db)).toEqual(MIGRATIONS.slice(1));
      expect(await hasIndex(db, 'summaries_opened_by')).toBe(true);
      expect(await store.eventsOf('arende:a')).toEqual([ev('arende:a', 0), ev('arende:a', 1)]);
      expect(await store.summaries({ scope: { enheter: [], openedBy: 'user:anna' } })).toEqual([summary('arende:a', 1)]);
      expect((await store.readArende('arende:a', 1)).head).toEqual({ seq: 1, hash: ev('arende:a', 1).hash });
    });

    it('give the events written before the ledger their places in the order they were written, and the log still verifies', async () => {
      const db = await open();
      expect(await migrate(db, { to: 14 })).toHaveLength(14);
      const signer = testSigner();
      const store = new PgEventStore(db, signer);
      for (const id of ['arende:x', 'arende:y']) {
        const events = sealedChain(id, 3);
        await store.append({ events, summaries: [listRowOf(events)] });
      }
      expect(await migrate(db)).toEqual(MIGRATIONS.slice(14));
      const { rows } = await db.query<{ pos: string; arende_id: string; seq: number }>(
        'select pos::text as pos, arende_id, seq from ledger order by 1',
      );
      expect(rows.map((r) => `${r.arende_id}:${r.seq}`)).toEqual([
        'arende:x:0',
        'arende:y:0',
        'arende:x:1',
        'arende:y:1',
        'arende:x:2',
        'arende:y:2',
      ]);
      expect((await verifyLog(db, signer)).problems).toEqual([]);
    });

    it('keep the inbox rows written before own steps, and leave an own step out of the inbox of whoever has done it', async () => {
      const db = await open();
      expect(await migrate(db, { to: 13 })).toHaveLength(13);
      const store = new PgEventStore(db, testSigner());
      const waiting = { ...summary('arende:a', 1), roleDue: ['medarbetare|'] };
      await store.append({ events: [ev('arende:a', 0), ev('arende:a', 1)], summaries: [waiting] });
      expect(await migrate(db, { to: 14 })).toEqual(['0014_waiting_done_by']);
      const inbox = (userId: string) =>
        store
          .summaries({ waitingFor: [{ role: 'medarbetare', enheter: 'all' }], waitingUser: userId })
          .then((r) => r.map((x) => x.arendeId));
      expect(await inbox('user:anna')).toEqual(['arende:a']);
      const done = { ...summary('arende:a', 2), roleDue: ['medarbetare|'], waitDone: { medarbetare: ['user:anna'] } };
      await store.append({ events: [ev('arende:a', 2)], summaries: [done] });
      expect(await inbox('user:anna')).toEqual([]);
      expect(await inbox('user:maja')).toEqual(['arende:a']);
      expect(await store.count({ waitingFor: [{ role: 'medarbetare', enheter: ['enhet:solgarden'] }], waitingUser: 'user:anna' })).toBe(0);
    });

    it('empty the report facts kept without händelsedatum, so the next report folds them again', async () => {
      const db = await open();
      expect(await migrate(db, { to: 2 })).toEqual(['0001_initial', '0002_summaries_opened_by']);
      const store = new PgEventStore(db, testSigner());
      await store.append({ events: [ev('arende:a', 0), ev('arende:a', 1)], summaries: [summary('arende:a', 1)] });
      await db.query(`insert into facts (arende_id, facts) values ('arende:a', '{"arendeId":"arende:a","reportedDate":"2025-01-02"}')`);
      expect((await store.reportFacts()).missing).toEqual([]);

      expect(await migrate(db, { to: 3 })).toEqual(['0003_facts_handelsedatum']);
      expect(await store.reportFacts()).toEqual({ facts: [], missing: ['arende:a'] });
      expect(await store.eventsOf('arende:a')).toEqual([ev('arende:a', 0), ev('arende:a', 1)]);
    });

    it('add the organisation details the anmälan needs, keeping the people and units already there', async () => {
      const db = await open();
      expect(await migrate(db, { to: 3 })).toHaveLength(3);
      await db.query("insert into forvaltningar (id, namn) values ('forvaltning:soc', 'Socialförvaltningen')");
      await db.query(
        "insert into verksamheter (id, namn, forvaltning_id, ort) values ('verksamhet:aldre', 'Äldreomsorg', 'forvaltning:soc', " +
          "'Storstad')",
      );
      await db.query("insert into enheter (id, namn, verksamhet_id) values ('enhet:solgarden', 'Solgården', 'verksamhet:aldre')");
      await db.query("insert into users (id, namn, created_at) values ('user:sara', 'Sara Nyberg', '2026-01-01T00:00:00.000Z')");
      expect(await migrate(db, { to: 4 })).toEqual(['0004_organisation_details']);
      await migrate(db);
      const directory = new PgDirectory(db);
      expect((await directory.organisation()).enheter).toEqual([
        { id: 'enhet:solgarden', namn: 'Solgården', verksamhetId: 'verksamhet:aldre' },
      ]);
      await db.query("update enheter set adress = 'Solvägen 1', verksamhetsform = 'sol'");
      await db.query("update users set titel = 'Socialt ansvarig samordnare', telefon = '08-123 450 40'");
      directory.invalidate();
      expect((await directory.organisation()).enheter[0]).toEqual({
        id: 'enhet:solgarden',
        namn: 'Solgården',
        verksamhetId: 'verksamhet:aldre',
        adress: 'Solvägen 1',
        verksamhetsform: 'sol',
      });
      expect(await directory.actorAt('user:sara', '2026-06-01T00:00:00.000Z')).toEqual({
        userId: 'user:sara',
        namn: 'Sara Nyberg',
        roles: [],
        titel: 'Socialt ansvarig samordnare',
        telefon: '08-123 450 40',
      });
      // A verksamhetsform outside the law's is refused by the database itself.
      await expect(db.query("update enheter set verksamhetsform = 'hsl'")).rejects.toThrow();
      await directory.close();
    });

    it('leave nothing behind when a migration fails', async () => {
      const db = await open();
      await db.exec('create table summaries (x int)');
      await expect(migrate(db)).rejects.toThrow(/summaries/);
      expect(await tables(db)).toEqual(['summaries']);
    });
  });
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const opened: Db[] = [];
let n = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const db of opened) await db.close();
  const admin = pgDb({ url: withDatabase(database.url, 'postgres'), poolSize: 1 });
  for (let i = 0; i < n; i++) await admin.query(`drop database if exists ${database.name}_${i} with (force)`);
  await admin.close();
  await database?.drop();
});

migrationSuite('PostgreSQL', async () => {
  // Each test gets a database of its own (named after this file's): migrations start from nothing.
  const name = `${database.name}_${n++}`;
  const admin = pgDb({ url: database.url, poolSize: 1 });
  await admin.query(`create database ${name}`);
  await admin.close();
  const db = pgDb({ url: withDatabase(database.url, name), poolSize: 2 });
  opened.push(db);
  return db;
});

migrationSuite('PGlite', async () => {
  const db = await pgliteDb();
  opened.push(db);
  return db;
});
