import type { ArendeEvent } from '../model/ArendeEvent';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import type { ArendeFacts } from '../model/ArendeFacts';
import type { SummaryPage, SummaryQuery } from '../query/SummaryQuery';

export type { SummaryPage, SummaryQuery } from '../query/SummaryQuery';

/** What one atomic write contains: new events (possibly for several ärenden) and their summary rows. */
export interface AppendBatch {
  events: readonly ArendeEvent[];
  summaries: readonly ArendeSummary[];
  /** The reports' facts of the same ärenden, kept beside their list rows (a cache, like the rows). */
  facts?: readonly ArendeFacts[];
}

/** What a whole-backup import writes at once: an append batch plus the definitions it needs. */
export interface ImportBatch extends AppendBatch {
  definitions: readonly ProcessDefinition[];
}

/** The newest event the store has recorded for an ärende, kept apart from the events themselves. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** One ärende's events from a seq onward, with the recorded head to compare them against. */
export interface ArendeRead {
  events: ArendeEvent[];
  head: ChainHead | undefined;
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

/** Thrown when stored history does not hold together (a changed, missing or unsigned event); names the ärende. */
export class IntegrityError extends Error {
  readonly code = 'integrity';
  constructor(
    readonly arendeId: string,
    message: string,
    readonly seq?: number,
  ) {
    super(message);
    this.name = 'IntegrityError';
  }
}

/**
 * Storage port: an append-only event log with a unique [arendeId+seq], summary rows written in the
 * same transaction, and published definitions. Implemented by PostgreSQL, Dexie and an in-memory twin.
 */
export interface EventStore {
  /** Appends atomically; rejects with SeqConflictError if any (arendeId, seq) exists, writing nothing. */
  append(batch: AppendBatch): Promise<void>;
  eventsOf(arendeId: string): Promise<ArendeEvent[]>;
  /** Events with seq >= fromSeq and the recorded head, read together (one round trip where it matters). */
  readArende(arendeId: string, fromSeq: number): Promise<ArendeRead>;
  allEvents(): Promise<ArendeEvent[]>;
  summary(arendeId: string): Promise<ArendeSummary | undefined>;
  /** List rows matching the query, in its order; all of them unless it has a limit. */
  summaries(query?: SummaryQuery): Promise<ArendeSummary[]>;
  /** One page of list rows and the cursor of the next. */
  page(query: SummaryQuery): Promise<SummaryPage>;
  /** How many rows match (limit and cursor ignored). */
  count(query: SummaryQuery): Promise<number>;
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
