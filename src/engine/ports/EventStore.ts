import type { ArendeEvent } from '../events/ArendeEvent';
import type { ArendeSummary } from '../runtime/ArendeSummary';
import type { ProcessDefinition } from '../definition/ProcessDefinition';
import type { ArendeFacts } from '../reports/ArendeFacts';

/** What one atomic write contains: new events (possibly for several ärenden) and their summary rows. */
export interface AppendBatch {
  events: readonly ArendeEvent[];
  summaries: readonly ArendeSummary[];
  /** The reports' facts of the same ärenden, kept beside their list rows (a cache, like the rows). */
  facts?: readonly ArendeFacts[];
}

export interface SummaryQuery {
  status?: 'open' | 'closed';
  /** Newest `updatedAt` first, or earliest `nextDueAt` first (else unordered). */
  order?: 'newest' | 'deadline';
  /** Only open rows waiting for this role, earliest deadline for the role first (overrides `order`). */
  role?: string;
  /** Keeps only matching rows; applied before `limit`. */
  where?: (row: ArendeSummary) => boolean;
  limit?: number;
}

/** What a whole-backup import writes at once: an append batch plus the definitions it needs. */
export interface ImportBatch extends AppendBatch {
  definitions: readonly ProcessDefinition[];
}

/** Thrown (rejected) when an append's seq is already taken: another writer won the race. */
export class SeqConflictError extends Error {
  readonly code = 'seq_conflict';
  constructor(
    readonly arendeId: string,
    readonly seq: number,
  ) {
    super(`Ärendet ${arendeId} har redan en händelse nummer ${seq}: någon annan har sparat ett steg samtidigt.`);
    this.name = 'SeqConflictError';
  }
}

/**
 * Storage port: an append-only event log with a unique [arendeId+seq], summary rows written in the
 * same transaction, and published definitions. Implemented by Dexie and by an in-memory twin.
 */
export interface EventStore {
  /** Appends atomically; rejects with SeqConflictError if any (arendeId, seq) exists, writing nothing. */
  append(batch: AppendBatch): Promise<void>;
  eventsOf(arendeId: string): Promise<ArendeEvent[]>;
  allEvents(): Promise<ArendeEvent[]>;
  summary(arendeId: string): Promise<ArendeSummary | undefined>;
  /** List rows; with a query, only open or closed ones, newest first, or the first `limit`. */
  summaries(query?: SummaryQuery): Promise<ArendeSummary[]>;
  /** Cached report facts, and the ärenden that have a list row but no facts yet (written before facts existed). */
  reportFacts(): Promise<{ facts: ArendeFacts[]; missing: string[] }>;
  putFacts(facts: readonly ArendeFacts[]): Promise<void>;
  putDefinition(definition: ProcessDefinition): Promise<void>;
  definitions(): Promise<ProcessDefinition[]>;
  /**
   * Writes a whole validated backup in one transaction; rejects, writing nothing, if any event's
   * (arendeId, seq) or any definition's id@version already exists.
   */
  importAll(data: ImportBatch): Promise<void>;
  /** True when the store holds no events and no definitions. */
  isEmpty(): Promise<boolean>;
}
