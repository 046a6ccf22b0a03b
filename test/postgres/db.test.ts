import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { DbUnavailableError } from '../../src/server/postgres/Db';
import { openDatabase } from '../../src/server/postgres/openDatabase';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { asSuperuser, createTestDatabase } from './testDatabase';

/** Resolves with the first payload that satisfies `match` (the test's own timeout bounds the wait). */
function nextPayload(
  db: Db,
  channel: string,
  match: (p: string) => boolean = () => true,
): Promise<{ payload: Promise<string>; stop: () => Promise<void> }> {
  let resolve!: (p: string) => void;
  const payload = new Promise<string>((r) => (resolve = r));
  return db.listen(channel, (p) => match(p) && resolve(p)).then((stop) => ({ payload, stop }));
}

const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
};

function dbSuite(name: string, open: () => Promise<Db>) {
  describe(`Db on ${name}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await open();
      await db.exec('create table t (id int primary key, v text); create table u (id int)');
    });
    afterAll(() => db?.close());

    it('queries with parameters and counts rows', async () => {
      const ins = await db.query('insert into t (id, v) values ($1, $2), ($3, $4)', [1, 'ett', 2, 'två']);
      expect(ins.rowCount).toBe(2);
      const sel = await db.query<{ id: number; v: string }>('select id, v from t where id = any($1::int[]) order by id', [[1, 2]]);
      expect(sel.rows).toEqual([
        { id: 1, v: 'ett' },
        { id: 2, v: 'två' },
      ]);
      expect((await db.query<{ j: unknown }>('select $1::json as j', [JSON.stringify({ b: 1, a: [2] })])).rows[0]!.j).toEqual({
        b: 1,
        a: [2],
      });
    });

    it('rolls a transaction back when its function throws, and commits otherwise', async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.query('insert into t (id, v) values (10, $1)', ['borta']);
          throw new Error('avbrutet');
        }),
      ).rejects.toThrow('avbrutet');
      expect((await db.query('select 1 from t where id = 10')).rows).toEqual([]);
      const n = await db.transaction(async (tx) => {
        await tx.query('insert into t (id, v) values (11, $1)', ['kvar']);
        return (await tx.query<{ n: number }>('select count(*)::int as n from t')).rows[0]!.n;
      });
      expect(n).toBe(3);
    });

    it('delivers NOTIFY to listeners, from a transaction only when it commits', async () => {
      const { payload, stop } = await nextPayload(db, 'kanal', (p) => p !== 'rullad');
      await expect(
        db.transaction(async (tx) => {
          await tx.notify('kanal', 'rullad');
          throw new Error('nej');
        }),
      ).rejects.toThrow('nej');
      await db.transaction((tx) => tx.notify('kanal', 'arende:ä1'));
      expect(await payload).toBe('arende:ä1');
      await stop();
    });

    it('runs several statements with exec', async () => {
      await db.exec('insert into u values (1); insert into u values (2);');
      expect((await db.query<{ n: number }>('select count(*)::int as n from u')).rows[0]!.n).toBe(2);
    });
  });
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

dbSuite('PostgreSQL', async () => pgDb({ url: database.url, poolSize: 3 }));
dbSuite('PGlite', () => pgliteDb());

describe('PostgreSQL connection loss', () => {
  it('answers DbUnavailableError, in Swedish, when nothing listens at the address', async () => {
    const db = pgDb({ url: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMs: 2000 });
    const failure = db.query('select 1').catch((e: unknown) => e);
    expect(await failure).toBeInstanceOf(DbUnavailableError);
    expect(((await failure) as Error).message).toBe('Databasen svarar inte just nu. Försök igen om en stund.');
    await expect(db.transaction(async () => 1)).rejects.toBeInstanceOf(DbUnavailableError);
    await expect(db.listen('x', () => undefined)).rejects.toBeInstanceOf(DbUnavailableError);
    await db.close();
  });

  it('answers DbUnavailableError when the server drops the connection mid-query, then works again', async () => {
    const db = pgDb({ url: database.url, poolSize: 2 });
    const slow = db.query('select pg_sleep(30)').catch((e: unknown) => e);
    const sleeping = "from pg_stat_activity where datname = current_database() and query = 'select pg_sleep(30)' and state = 'active'";
    await until(async () => (await asSuperuser(database.url, (c) => c.query(`select 1 ${sleeping}`))).rowCount === 1);
    await asSuperuser(database.url, (c) => c.query(`select pg_terminate_backend(pid) ${sleeping}`));
    expect(await slow).toBeInstanceOf(DbUnavailableError);
    expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await db.close();
  });

  it('listens again after the listening connection is dropped (as on a server restart)', async () => {
    const db = pgDb({ url: database.url, poolSize: 2 });
    const got: string[] = [];
    let resubscribed = 0;
    const stop = await db.listen(
      'arende_changed',
      (p) => got.push(p),
      () => resubscribed++,
    );
    await db.notify('arende_changed', 'före');
    await until(async () => got.includes('före'));
    await asSuperuser(database.url, (c) =>
      c.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN %' ` +
          `and pid <> pg_backend_pid()`,
      ),
    );
    await until(async () => resubscribed > 0);
    await db.notify('arende_changed', 'efter');
    await until(async () => got.includes('efter'));
    await stop();
    await db.close();
  });
});

describe('openDatabase', () => {
  it('picks PostgreSQL for a postgres:// URL, else PGlite, and refuses other addresses', async () => {
    const pg = await openDatabase({ url: database.url });
    expect(pg.kind).toBe('postgres');
    await pg.close();
    const lite = await openDatabase({});
    expect(lite.kind).toBe('pglite');
    await lite.close();
    await expect(openDatabase({ url: 'mysql://x' })).rejects.toThrow('postgres://');
  });
});
