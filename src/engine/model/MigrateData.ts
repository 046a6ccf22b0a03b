/** Event type that moves an ärende to a newer version of its definition (recorded in its log). */
export const MIGRATE_EVENT = 'arende.migrera';

/** The migration event's data: which versions, and where each active step went. */
export interface MigrateData {
  definitionId: string;
  fromVersion: number;
  toVersion: number;
  /** Active leaf state path in the old version → leaf state path in the new one. */
  mapping: Record<string, string>;
  note: string;
}
