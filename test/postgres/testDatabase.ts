import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests connect to (trust auth, a superuser): `KF_TEST_DATABASE_URL`. */
export const ADMIN_URL = process.env.KF_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The same database with another search_path: one schema per test inside one database per file. */
export function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>, url = ADMIN_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs SQL as the superuser in the given database (the "attacker" of the integrity tests). */
export function asSuperuser<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return admin(fn, url);
}

/**
 * A fresh database `kf_test_<random>` for one test file; `drop()` removes it (and its connections).
 * `swedish`: Swedish ICU as the default collation, where "ä" sorts before "z" but not in JS.
 */
export async function createTestDatabase(
  options: { swedish?: boolean } = {},
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `kf_test_${randomBytes(6).toString('hex')}`;
  const locale = options.swedish ? " template template0 locale_provider icu icu_locale 'sv-SE' locale 'C.UTF-8'" : '';
  await admin((c) => c.query(`create database ${name}${locale}`));
  return {
    name,
    url: withDatabase(ADMIN_URL, name),
    drop: () => admin(async (c) => void (await c.query(`drop database if exists ${name} with (force)`))),
  };
}

let n = 0;
/** A name for a fresh schema, unique within this process. */
export function freshSchemaName(): string {
  return `t${process.pid}_${n++}`;
}
