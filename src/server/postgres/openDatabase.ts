import type { Db } from './Db';
import { pgDb } from './pgDb';
import { pgliteDb } from './pgliteDb';

export interface OpenDatabaseOptions {
  /** A `postgres://` URL (production: DATABASE_URL). Without one the embedded PGlite is used. */
  url?: string;
  /** PGlite's data directory; memory when absent. */
  dataDir?: string;
  /** Pool size for PostgreSQL (default 20). */
  poolSize?: number;
}

/** PostgreSQL when given a URL, else PGlite in `dataDir`: the same Db either way. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  if (options.url) {
    // A mistyped DATABASE_URL must not silently fall back to an empty embedded database.
    if (!/^postgres(ql)?:\/\//.test(options.url)) throw new Error('Databasadressen ska börja med postgres:// eller postgresql://.');
    return pgDb({ url: options.url, ...(options.poolSize ? { poolSize: options.poolSize } : {}) });
  }
  return pgliteDb(options.dataDir ? { dataDir: options.dataDir } : {});
}
