import { PGlite } from '@electric-sql/pglite';
import type { Results, Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult } from './Db';

function result<T>(r: Results<T>): QueryResult<T> {
  return { rows: r.rows, rowCount: r.rowCount ?? r.affectedRows ?? r.rows.length };
}

function txDb(tx: Transaction, outer: Db): Db {
  const db: Db = {
    kind: 'pglite',
    query: async <T>(sql: string, params?: readonly unknown[]) => result(await tx.query<T>(sql, params ? [...params] : undefined)),
    exec: async (sql) => void (await tx.exec(sql)),
    transaction: (fn) => fn(db),
    listen: (channel, onPayload, onResubscribed) => outer.listen(channel, onPayload, onResubscribed),
    notify: async (channel, payload) => void (await tx.query('select pg_notify($1, $2)', [channel, payload])),
    close: () => Promise.reject(new Error('En transaktion kan inte stänga databasen.')),
  };
  return db;
}

/**
 * PostgreSQL compiled to WebAssembly, in a data directory (the embedded default) or in memory.
 * One connection: PGlite queues statements and runs a transaction alone.
 */
export async function pgliteDb(options: { dataDir?: string } = {}): Promise<Db> {
  const pg = await PGlite.create(options.dataDir ?? 'memory://');
  const db: Db = {
    kind: 'pglite',
    query: async <T>(sql: string, params?: readonly unknown[]) => result(await pg.query<T>(sql, params ? [...params] : undefined)),
    exec: async (sql) => void (await pg.exec(sql)),
    transaction: (fn) => pg.transaction((tx) => fn(txDb(tx, db))),
    async listen(channel, onPayload) {
      // In-process: the connection cannot drop, so there is never a resubscription to report.
      const unlisten = await pg.listen(channel, onPayload);
      return () => unlisten();
    },
    notify: async (channel, payload) => void (await pg.query('select pg_notify($1, $2)', [channel, payload])),
    close: () => pg.close(),
  };
  return db;
}
