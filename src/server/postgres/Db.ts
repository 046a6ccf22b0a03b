export { DbUnavailableError } from './DbUnavailableError';

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

/**
 * The one SQL code path of the server: PostgreSQL (pg pool) and PGlite (embedded) behind the same
 * small interface, so every statement is written once and tested against both engines.
 */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** One statement with `$1…` parameters. JSON values go in as strings (`JSON.stringify`). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements, no parameters (migrations, test setup). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction on one connection; a throw rolls everything back. Nested calls join the outer one. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * Calls `onPayload` for each NOTIFY on the channel. `onResubscribed` runs after the listening
   * connection was lost and LISTEN is in place again: notifications in between may be missed.
   */
  listen(channel: string, onPayload: (payload: string) => void, onResubscribed?: () => void): Promise<() => Promise<void>>;
  /** NOTIFY; inside a transaction it is delivered when the transaction commits. */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}
