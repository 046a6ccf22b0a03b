import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the benches make their databases on (this machine's: trust auth). */
export const ADMIN_URL = process.env.KF_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  name: string;
  url: string;
  /** A connection to the server as its administrator (e.g. to read `pg_stat_activity` for this database). */
  admin: pg.Client;
}

/** A new database `<prefix>_<random>` for one bench part, dropped afterwards (its connections forced closed) whatever happens. */
export async function withScratchDatabase<T>(prefix: string, run: (db: ScratchDatabase) => Promise<T>, adminUrl = ADMIN_URL): Promise<T> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    return await run({ name, url: url.toString(), admin });
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
