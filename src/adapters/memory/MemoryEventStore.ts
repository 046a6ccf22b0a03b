import { runSummaryQuery, SeqConflictError } from '../../engine/internal';
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
} from '../../engine/internal';

const clone = <T>(v: T): T => structuredClone(v);

/** In-memory twin of the Dexie store: same contract, used in tests, benchmarks and a future server's tests. */
export class MemoryEventStore implements EventStore {
  private readonly events = new Map<string, ArendeEvent[]>();
  private readonly summaryRows = new Map<string, ArendeSummary>();
  private readonly defs = new Map<string, ProcessDefinition>();
  private readonly factRows = new Map<string, ArendeFacts>();

  constructor(private readonly copy: boolean = true) {}

  private c<T>(v: T): T {
    return this.copy ? clone(v) : v;
  }

  async append(batch: AppendBatch): Promise<void> {
    // Check every (arendeId, seq) first so a conflict writes nothing.
    const pending = new Map<string, number>();
    for (const e of batch.events) {
      const next = pending.get(e.arendeId) ?? this.events.get(e.arendeId)?.length ?? 0;
      if (e.seq !== next) throw new SeqConflictError(e.arendeId, e.seq);
      pending.set(e.arendeId, next + 1);
    }
    for (const e of batch.events) {
      const list = this.events.get(e.arendeId);
      if (list) list.push(this.c(e));
      else this.events.set(e.arendeId, [this.c(e)]);
    }
    for (const s of batch.summaries) this.summaryRows.set(s.arendeId, this.c(s));
    for (const f of batch.facts ?? []) this.factRows.set(f.arendeId, this.c(f));
  }

  async reportFacts(): Promise<{ facts: ArendeFacts[]; missing: string[] }> {
    return { facts: this.c([...this.factRows.values()]), missing: [...this.summaryRows.keys()].filter((id) => !this.factRows.has(id)) };
  }

  async putFacts(facts: readonly ArendeFacts[]): Promise<void> {
    for (const f of facts) this.factRows.set(f.arendeId, this.c(f));
  }

  async eventsOf(arendeId: string): Promise<ArendeEvent[]> {
    return this.c(this.events.get(arendeId) ?? []);
  }

  async readArende(arendeId: string, fromSeq: number): Promise<ArendeRead> {
    const row = this.summaryRows.get(arendeId);
    return {
      events: this.c((this.events.get(arendeId) ?? []).slice(Math.max(0, fromSeq))),
      head: row ? { seq: row.lastSeq, hash: row.lastHash } : undefined,
    };
  }

  async allEvents(): Promise<ArendeEvent[]> {
    return this.c([...this.events.values()].flat());
  }

  async summary(arendeId: string): Promise<ArendeSummary | undefined> {
    const s = this.summaryRows.get(arendeId);
    return s ? this.c(s) : undefined;
  }

  async summaries(query: SummaryQuery = {}): Promise<ArendeSummary[]> {
    return (await this.page(query)).rows;
  }

  async page(query: SummaryQuery): Promise<SummaryPage> {
    return this.c(runSummaryQuery(this.summaryRows.values(), query));
  }

  async count(query: SummaryQuery): Promise<number> {
    return runSummaryQuery(this.summaryRows.values(), { ...query, limit: undefined, after: undefined }).rows.length;
  }

  async putDefinition(definition: ProcessDefinition): Promise<void> {
    const key = `${definition.id}@${definition.version}`;
    if (this.defs.has(key)) throw new Error(`Definitionen ${key} finns redan och får inte skrivas över.`);
    this.defs.set(key, this.c(definition));
  }

  async definitions(): Promise<ProcessDefinition[]> {
    return this.c([...this.defs.values()]);
  }

  async importAll(data: ImportBatch): Promise<void> {
    for (const d of data.definitions)
      if (this.defs.has(`${d.id}@${d.version}`)) throw new Error(`Definitionen ${d.id}@${d.version} finns redan.`);
    await this.append({ events: data.events, summaries: data.summaries, facts: data.facts });
    for (const d of data.definitions) this.defs.set(`${d.id}@${d.version}`, this.c(d));
  }

  async isEmpty(): Promise<boolean> {
    return this.events.size === 0 && this.defs.size === 0;
  }
}
