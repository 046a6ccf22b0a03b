import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { asSuperuser, createTestDatabase, freshSchemaName, withSchema } from '../postgres/testDatabase';
import { testSigner } from '../postgres/testSigner';
import { eventStoreContract } from './eventStoreContract';

// One database per file (parallel files never collide), one schema per test (each store starts empty).
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let lite: Db;
const opened: Db[] = [];
const signer = testSigner();

beforeAll(async () => {
  database = await createTestDatabase();
  lite = await pgliteDb();
});

afterAll(async () => {
  for (const db of opened) await db.close();
  await lite?.close();
  await database?.drop();
});

eventStoreContract('PGlite (in memory)', async () => {
  const schema = freshSchemaName();
  // PGlite has one connection and the suite runs one test at a time, so switching search_path is enough.
  await lite.exec(`create schema ${schema}; set search_path to ${schema}`);
  await migrate(lite);
  return new PgEventStore(lite, signer);
});

eventStoreContract('PostgreSQL', async () => {
  const schema = freshSchemaName();
  await asSuperuser(database.url, (c) => c.query(`create schema ${schema}`));
  const db = pgDb({ url: withSchema(database.url, schema), poolSize: 4 });
  opened.push(db);
  await migrate(db);
  return new PgEventStore(db, signer);
});
