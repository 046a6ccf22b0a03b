import pg from 'pg';
import type { Db, QueryResult } from './Db';
import { DbUnavailableError, isUnavailable } from './DbUnavailableError';
import { PgListener } from './pgListener';

export { DbUnavailableError } from './DbUnavailableError';

export interface PgDbOptions {
  /** `postgres://user@host:port/database` */
  url: string;
  /** Connections in the pool (default 20). */
  poolSize?: number;
  /** How long to wait for a connection before answering "unavailable" (default 5000 ms). */
  connectionTimeoutMs?: number;
}

function unavailableOr(e: unknown): unknown {
  return isUnavailable(e) ? new DbUnavailableError(e) : e;
}

async function run<T>(client: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
  try {
    const result: pg.QueryResult | pg.QueryResult[] = await client.query(sql, params as unknown[] | undefined);
    // Several statements (no parameters) answer with one result each: the last one counts.
    const r = Array.isArray(result) ? result[result.length - 1] : result;
    return { rows: (r?.rows ?? []) as T[], rowCount: r?.rowCount ?? r?.rows.length ?? 0 };
  } catch (e) {
    throw unavailableOr(e);
  }
}

/** A transaction's view of the database: every call goes to the one connection holding the transaction. */
function txDb(client: pg.PoolClient, outer: Db): Db {
  const tx: Db = {
    kind: 'postgres',
    query: (sql, params) => run(client, sql, params),
    exec: async (sql) => void (await run(client, sql)),
    transaction: (fn) => fn(tx),
    listen: (channel, onPayload, onResubscribed) => outer.listen(channel, onPayload, onResubscribed),
    notify: async (channel, payload) => void (await run(client, 'select pg_notify($1, $2)', [channel, payload])),
    close: () => Promise.reject(new Error('En transaktion kan inte stänga databasen.')),
  };
  return tx;
}

/** PostgreSQL through a pg pool; dropped or refused connections become DbUnavailableError. */
export function pgDb(options: PgDbOptions): Db {
  const config: pg.ClientConfig = { connectionString: options.url, connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000 };
  const pool = new pg.Pool({ ...config, max: options.poolSize ?? 20 });
  // An idle connection dropped by a restarting server is discarded by the pool; the next query reconnects.
  pool.on('error', () => undefined);
  const listener = new PgListener(config);

  const db: Db = {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => void (await run(pool, sql)),
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (e) {
        throw unavailableOr(e);
      }
      let broken = false;
      try {
        await run(client, 'BEGIN');
        const result = await fn(txDb(client, db));
        await run(client, 'COMMIT');
        return result;
      } catch (e) {
        broken = isUnavailable(e);
        if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
        throw unavailableOr(e);
      } finally {
        // A connection that failed mid-transaction is destroyed rather than handed out again.
        client.release(broken);
      }
    },
    listen: (channel, onPayload, onResubscribed) => listener.listen(channel, onPayload, onResubscribed),
    notify: async (channel, payload) => void (await run(pool, 'select pg_notify($1, $2)', [channel, payload])),
    async close() {
      await listener.close();
      await pool.end();
    },
  };
  return db;
}
