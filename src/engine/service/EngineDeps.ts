import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { Actor, Organisation } from '../model/Organisation';
import type { Clock } from '../ports/Clock';
import type { Directory } from '../ports/Directory';
import type { EventStore } from '../ports/EventStore';
import type { Hasher } from '../ports/Hasher';
import type { IdGenerator } from '../ports/IdGenerator';
import type { SchemaValidator } from '../ports/SchemaValidator';
import type { VerifiedCache } from './DefinitionRegistry';

/** What the engine is built from: its ports and settings. */
export interface EngineDeps {
  store: EventStore;
  clock: Clock;
  ids: IdGenerator;
  hasher: Hasher;
  validator: SchemaValidator;
  catalog: ProcessCatalog;
  /** The organisation's people and roles: every command's actor is resolved here, never taken from the caller. */
  directory: Directory;
  /** Remembers definitions already proved, so start-up skips re-proving them. */
  verifiedCache?: VerifiedCache;
  /**
   * Re-check every stored event as if it were submitted (schema, role, machine) when an ärende is
   * read: the server's setting, so a changed event is an integrity error, never shown as history.
   */
  strictReads?: boolean;
  /**
   * The store refuses (`SeqConflictError`) an append whose first event does not follow the stored head in seq AND hash
   * (the server's PostgreSQL, migration 0026): a step is then judged on the remembered state without reading the log
   * first, and anything refused on it is judged again on the log as it is now.
   */
  appendChecksHead?: boolean;
}

/** The person behind a command, resolved from the directory at the moment of the command. */
export interface Principal {
  org: Organisation;
  actor: Actor;
}
