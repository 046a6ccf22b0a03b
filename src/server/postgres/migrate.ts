import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import type { ClientBase } from 'pg';
import type { Db } from './Db';

/** Where the versioned SQL migrations live (`NNNN_name.sql`, `-- Up Migration` / `-- Down Migration`). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

// Any fixed number: concurrent server instances starting at once migrate one after the other.
const MIGRATION_LOCK = 7_242_001;

export interface MigrateOptions {
  /** Stop after this migration number (default: the latest). Tests use it to start from an older schema. */
  to?: number;
  /** Receives node-pg-migrate's progress lines (default: silent). */
  log?: (message: string) => void;
}

/**
 * node-pg-migrate talks to "a client with query(text, values)". Statements without values may hold
 * several commands and go to exec; the runner's own BEGIN/COMMIT are dropped because the whole run
 * already is one transaction of ours (one code path for PGlite and PostgreSQL).
 */
function migrationClient(tx: Db) {
  return {
    async query(textOrConfig: string | { text: string; values?: unknown[] }, values?: unknown[]) {
      const text = typeof textOrConfig === 'string' ? textOrConfig : textOrConfig.text;
      const params = values ?? (typeof textOrConfig === 'string' ? undefined : textOrConfig.values);
      if (params && params.length > 0) return tx.query(text, params);
      // The runner's ROLLBACK comes with an error it rethrows, which rolls our transaction back.
      if (['BEGIN', 'COMMIT', 'ROLLBACK'].includes(text.trim().replace(/;$/, '').toUpperCase())) return { rows: [], rowCount: 0 };
      // Its bookkeeping SELECTs need their rows; migration files (several statements) go to exec.
      if (/^\s*select\b/i.test(text) && !text.includes(';')) return tx.query(text);
      await tx.exec(text);
      return { rows: [], rowCount: 0 };
    },
  };
}

/** The migrations up to `to` (all without it), by name as node-pg-migrate records them. */
function wanted(to: number | undefined): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+_.*\.sql$/.test(f) && (to === undefined || Number(f.slice(0, f.indexOf('_'))) <= to))
    .map((f) => f.slice(0, -'.sql'.length));
}

/**
 * Nothing to do? Answered without node-pg-migrate, whose bookkeeping checks need more rights than
 * the app role has: a server running as the app role starts on an up-to-date schema.
 */
async function upToDate(tx: Db, schema: string, names: readonly string[]): Promise<boolean> {
  const table = await tx.query<{ exists: boolean }>("select to_regclass(format('%I.pgmigrations', $1::text)) is not null as exists", [
    schema,
  ]);
  if (!table.rows[0]?.exists) return false;
  const done = new Set(
    (await tx.query<{ name: string }>(`select name from "${schema.replace(/"/g, '""')}".pgmigrations`)).rows.map((r) => r.name),
  );
  return names.every((n) => done.has(n));
}

/** Brings the schema up to date (or up to `to`) in one transaction; returns the names of the migrations run. */
export async function migrate(db: Db, options: MigrateOptions = {}): Promise<string[]> {
  const log = options.log ?? (() => undefined);
  const logger = { debug: log, info: log, warn: log, error: log };
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    // The bookkeeping table lives beside the schema it describes (the connection's search_path).
    const { rows } = await tx.query<{ schema: string }>('select current_schema() as schema');
    if (await upToDate(tx, rows[0]?.schema ?? 'public', wanted(options.to))) return [];
    const ran = await runner({
      // A structural stand-in for pg.Client: node-pg-migrate only calls query() on it.
      dbClient: migrationClient(tx) as unknown as ClientBase,
      dir: MIGRATIONS_DIR,
      migrationsTable: 'pgmigrations',
      migrationsSchema: rows[0]?.schema ?? 'public',
      direction: 'up',
      noLock: true,
      singleTransaction: true,
      checkOrder: true,
      logger,
      ...(options.to !== undefined ? { count: options.to, timestamp: true } : {}),
    });
    return ran.map((m) => m.name);
  });
}
