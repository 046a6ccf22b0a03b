import Dexie from 'dexie';
import { encodeCursor, matchesSummary, runSummaryQuery, SeqConflictError } from '../../src/engine/internal';
import type {
  AppendBatch,
  ArendeEvent,
  ArendeFacts,
  ArendeRead,
  ArendeSummary,
  EventStore,
  ImportBatch,
  ProcessDefinition,
  SummaryPage,
  SummaryQuery,
} from '../../src/engine/internal';
import { KvalitetsDb } from '../../src/adapters/dexie/KvalitetsDb';

function isConstraintError(e: unknown): boolean {
  const err = e as { name?: string; failures?: { name?: string }[]; inner?: { name?: string } };
  return (
    err?.name === 'ConstraintError' ||
    err?.inner?.name === 'ConstraintError' ||
    (err?.name === 'BulkError' && (err.failures ?? []).some((f) => f?.name === 'ConstraintError'))
  );
}

/**
 * A test-only IndexedDB implementation of the EventStore port (not a product adapter: the browser never writes
 * events), kept so the port's contract suite also runs over IndexedDB. An append is one read-write transaction
 * over events and summaries; the unique [arendeId+seq] index makes a second writer fail, never double.
 */
export class DexieEventStore implements EventStore {
  readonly db: KvalitetsDb;
  private versionChangeListeners: (() => void | Promise<void>)[] = [];

  constructor(name = 'kvalitetsflode') {
    this.db = new KvalitetsDb(name);
    // Another tab wants to upgrade the schema: let listeners save unsaved input first (the upgrade
    // waits until we close), then close so it can proceed.
    this.db.on('versionchange', () => {
      void Promise.allSettled(this.versionChangeListeners.map((cb) => cb())).finally(() => this.db.close());
      return false;
    });
  }

  /** `cb` runs while the database is still open; it closes once every callback has settled. */
  onVersionChange(cb: () => void | Promise<void>): void {
    this.versionChangeListeners.push(cb);
  }

  /** Called when this tab's upgrade waits for another tab to close the old version. */
  onBlocked(cb: () => void): void {
    this.db.on('blocked', cb);
  }

  close(): void {
    this.db.close();
  }

  async append(batch: AppendBatch): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.events, this.db.summaries, this.db.facts, async () => {
        const next = new Map<string, number>();
        for (const e of batch.events) {
          let expected = next.get(e.arendeId);
          if (expected === undefined) expected = await this.db.events.where('arendeId').equals(e.arendeId).count();
          if (e.seq !== expected) throw new SeqConflictError(e.arendeId, e.seq);
          next.set(e.arendeId, expected + 1);
        }
        await this.db.events.bulkAdd([...batch.events]);
        await this.db.summaries.bulkPut([...batch.summaries]);
        if (batch.facts?.length) await this.db.facts.bulkPut([...batch.facts]);
      });
    } catch (e) {
      if (e instanceof SeqConflictError) throw e;
      if (isConstraintError(e)) {
        // Another writer won the race after our check: name the (arendeId, seq) it took.
        const taken = await this.takenBy(batch);
        throw new SeqConflictError(taken?.arendeId ?? '?', taken?.seq ?? -1);
      }
      throw e;
    }
  }

  private async takenBy(batch: AppendBatch): Promise<ArendeEvent | undefined> {
    for (const e of batch.events) if (await this.db.events.where('[arendeId+seq]').equals([e.arendeId, e.seq]).count()) return e;
    return batch.events[0];
  }

  eventsOf(arendeId: string): Promise<ArendeEvent[]> {
    return this.db.events.where('[arendeId+seq]').between([arendeId, Dexie.minKey], [arendeId, Dexie.maxKey]).toArray();
  }

  allEvents(): Promise<ArendeEvent[]> {
    return this.db.events.orderBy('[arendeId+seq]').toArray();
  }

  summary(arendeId: string): Promise<ArendeSummary | undefined> {
    return this.db.summaries.get(arendeId);
  }

  async readArende(arendeId: string, fromSeq: number): Promise<ArendeRead> {
    return this.db.transaction('r', this.db.events, this.db.summaries, async () => {
      const [events, row] = await Promise.all([
        this.db.events
          .where('[arendeId+seq]')
          .between([arendeId, Math.max(0, fromSeq)], [arendeId, Dexie.maxKey])
          .toArray(),
        this.db.summaries.get(arendeId),
      ]);
      return { events, head: row ? { seq: row.lastSeq, hash: row.lastHash } : undefined };
    });
  }

  async summaries(query: SummaryQuery = {}): Promise<ArendeSummary[]> {
    return (await this.page(query)).rows;
  }

  /** The newest-first first page walks the updatedAt index and stops at the limit; other queries read every row. */
  async page(query: SummaryQuery): Promise<SummaryPage> {
    if (query.waitingFor || query.order === 'deadline' || query.after || query.limit === undefined)
      return runSummaryQuery(await this.db.summaries.toArray(), query);
    const rows = await this.db.summaries
      .orderBy('updatedAt')
      .reverse()
      .filter((s) => matchesSummary(s, query))
      .limit(query.limit + 1)
      .toArray();
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return { rows: page, ...(rows.length > query.limit && last ? { next: encodeCursor(last.updatedAt, last.arendeId) } : {}) };
  }

  async count(query: SummaryQuery): Promise<number> {
    return this.db.summaries.filter((s) => matchesSummary(s, query)).count();
  }

  async putDefinition(definition: ProcessDefinition): Promise<void> {
    try {
      await this.db.definitions.add(definition);
    } catch (e) {
      if (isConstraintError(e))
        throw new Error(`Definitionen ${definition.id}@${definition.version} finns redan och får inte skrivas över.`);
      throw e;
    }
  }

  async reportFacts(): Promise<{ facts: ArendeFacts[]; missing: string[] }> {
    return this.db.transaction('r', this.db.facts, this.db.summaries, async () => {
      const [facts, ids] = await Promise.all([this.db.facts.toArray(), this.db.summaries.toCollection().primaryKeys()]);
      if (ids.length === facts.length) return { facts, missing: [] };
      const have = new Set(facts.map((f) => f.arendeId));
      return { facts, missing: ids.filter((id) => !have.has(id)) };
    });
  }

  async putFacts(facts: readonly ArendeFacts[]): Promise<void> {
    await this.db.facts.bulkPut([...facts]);
  }

  definitions(): Promise<ProcessDefinition[]> {
    return this.db.definitions.toArray();
  }

  async importAll(data: ImportBatch): Promise<void> {
    try {
      await this.db.transaction('rw', [this.db.events, this.db.summaries, this.db.definitions, this.db.facts], async () => {
        await this.db.definitions.bulkAdd([...data.definitions]);
        await this.db.events.bulkAdd([...data.events]);
        await this.db.summaries.bulkPut([...data.summaries]);
        if (data.facts?.length) await this.db.facts.bulkPut([...data.facts]);
      });
    } catch (e) {
      if (isConstraintError(e)) throw new Error('Importen krockar med uppgifter som redan finns. Inget har importerats.');
      throw e;
    }
  }

  async isEmpty(): Promise<boolean> {
    return (await this.db.events.count()) === 0 && (await this.db.definitions.count()) === 0;
  }
}
