import Dexie from 'dexie';
import type { Table, Transaction } from 'dexie';
import { NO_DEADLINE, roleDueKeys } from '../../engine/internal';
import type { ArendeEvent, ArendeFacts, ArendeSummary, ProcessDefinition } from '../../engine/internal';

export interface DraftRow {
  key: string;
  data: unknown;
  savedAt: string;
  /** Whose draft it is: removed when that person signs out or their session ends. */
  userId?: string;
}

/** A rapport written while the server could not be reached, sent when it can. */
export interface OutboxRow {
  id: string;
  userId: string;
  processType: string;
  enhetId: string;
  data: unknown;
  createdAt: string;
  state: 'waiting' | 'refused';
  refusal?: string;
}

/** The last answer to a list query, shown at once on the next start while the fresh one loads. */
export interface CacheRow {
  key: string;
  userId: string;
  value: unknown;
  savedAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Schema versions, oldest first. Versions are additive and never deleted or edited: a browser
 * with an old database upgrades through each of them. Exported so tests can build old shapes.
 */
export const SCHEMA_VERSIONS: readonly {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}[] = [
  {
    version: 1,
    stores: {
      events: 'id, &[arendeId+seq], arendeId',
      summaries: 'arendeId, processType, status',
      definitions: '[id+version], processType',
    },
  },
  {
    version: 2,
    stores: {
      summaries: 'arendeId, processType, status, enhetId, updatedAt',
      drafts: 'key',
      meta: 'key',
    },
  },
  {
    // Inboxes read their first page by deadline; older rows get their sort key from their deadlines.
    version: 3,
    stores: { summaries: 'arendeId, processType, status, enhetId, updatedAt, [status+nextDueAt]' },
    upgrade: (tx) =>
      tx
        .table('summaries')
        .toCollection()
        .modify((s: { status: string; deadlines?: { dueAt: string }[]; nextDueAt?: string }) => {
          s.nextDueAt = s.status === 'open' ? (s.deadlines?.[0]?.dueAt ?? NO_DEADLINE) : NO_DEADLINE;
        }),
  },
  {
    // Each inbox reads its own roles' rows in deadline order.
    version: 4,
    stores: { summaries: 'arendeId, processType, status, enhetId, updatedAt, [status+nextDueAt], *roleDue' },
    upgrade: (tx) =>
      tx
        .table('summaries')
        .toCollection()
        .modify((s: ArendeSummary) => {
          s.roleDue = s.status === 'open' ? roleDueKeys(s.activeSteps ?? [], s.deadlines ?? []) : [];
        }),
  },
  {
    // Reports read compact facts per ärende instead of every event; older ärenden get theirs when first reported on.
    version: 5,
    stores: { facts: 'arendeId' },
  },
  {
    // With the server as the record: rapporter waiting for the network, and first pages kept for a fast start.
    version: 6,
    stores: { outbox: 'id, userId', cache: 'key, userId' },
  },
  {
    // Drafts belong to a person (privacy on shared computers): removed at sign-out and session end.
    version: 7,
    stores: { drafts: 'key, userId' },
  },
  {
    // A riskanalys's risks moved into its pack's facts: the cached facts are folded again when next reported on.
    version: 8,
    stores: {},
    upgrade: (tx) => tx.table('facts').clear(),
  },
  {
    // A lex Sarah ärende's bedömning and IVO moved into its pack's facts: folded again when next reported on.
    version: 9,
    stores: {},
    upgrade: (tx) => tx.table('facts').clear(),
  },
  {
    // A riskregister counts in the year it covers and lex Maria by its händelse: their facts are folded again.
    version: 10,
    stores: {},
    upgrade: (tx) => tx.table('facts').clear(),
  },
];

/** The database, opened on first need: Dexie loads after the first rows, not with them (src/main.tsx). */
export type OpenDb = () => Promise<KvalitetsDb>;

/** The IndexedDB database of one browser profile. */
export class KvalitetsDb extends Dexie {
  events!: Table<ArendeEvent, string>;
  summaries!: Table<ArendeSummary, string>;
  definitions!: Table<ProcessDefinition, [string, number]>;
  drafts!: Table<DraftRow, string>;
  meta!: Table<MetaRow, string>;
  facts!: Table<ArendeFacts, string>;
  outbox!: Table<OutboxRow, string>;
  cache!: Table<CacheRow, string>;

  constructor(name: string, upTo = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) continue;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
