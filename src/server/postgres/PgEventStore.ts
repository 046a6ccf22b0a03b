import { encodeCursor, IntegrityError, NO_DEADLINE, searchTextOf, SeqConflictError } from '../../engine/internal';
import type {
  AppendBatch,
  ArendeEvent,
  ArendeFacts,
  ArendeRead,
  ArendeSummary,
  EventStore,
  ImportBatch,
  ProcessDefinition,
  SignedHead,
  SummaryPage,
  SummaryQuery,
} from '../../engine/internal';
import type { Db } from './Db';
import type { HeadSigner } from './headSigner';
import { countSql, pageSql } from './summarySql';

/** The channel an append notifies with the ärende id (`*` after an import: anything may have changed). */
import { ARENDE_CHANGED } from './pgAnnouncer';
/** Imports at least this large refresh the planner's statistics. */
const ANALYZE_AFTER = 5000;

const APPEND_SQL = 'select kf_append($1::json, $2::json, $3::json, $4::json, $5::json)';
// Large imports go in slices so no single parameter grows towards PostgreSQL's 1 GB limit.
const IMPORT_SLICE = 2000;

interface DbError {
  code?: string;
  constraint?: string;
  detail?: string;
}

const dbError = (e: unknown): DbError => (e && typeof e === 'object' ? (e as DbError) : {});

/** What kf_append needs besides the events themselves: each ärende's new head, signed. */
interface HeadRow {
  arende_id: string;
  from_seq: number;
  /** The stored head must end with this hash as well as at `from_seq - 1` (migration 0026). */
  prev_hash: string;
  seq: number;
  hash: string;
  key_id: string;
  signature: string;
}

function lastPer<T extends { arendeId: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((x) => [x.arendeId, x])).values()];
}

/** `role|dueAt` keys split exactly like the reference (waitingDue): per open row, each role at its earliest due, and who is done. */
function waitingRows(rows: readonly ArendeSummary[]) {
  const out: { a: string; r: string; e: string; d: string; x: string[] }[] = [];
  for (const row of rows) {
    if (row.status !== 'open') continue;
    const earliest = new Map<string, string>();
    for (const key of row.roleDue) {
      const bar = key.indexOf('|');
      const role = key.slice(0, bar);
      const due = key.slice(bar + 1) || NO_DEADLINE;
      const seen = earliest.get(role);
      if (seen === undefined || due < seen) earliest.set(role, due);
    }
    for (const [r, d] of earliest) out.push({ a: row.arendeId, r, e: row.enhetId, d, x: row.waitDone?.[r] ?? [] });
  }
  return out;
}

/**
 * The PostgreSQL (and PGlite) adapter of the EventStore port. An append is one statement calling
 * kf_append, so it is one transaction and one round trip; chain heads are signed here, with a key
 * the database never sees, and checked again on every read.
 */
export class PgEventStore implements EventStore {
  private readonly verified = new Map<string, true>();

  constructor(
    private readonly db: Db,
    private readonly signer: HeadSigner,
    private readonly options: { verifiedHeadCache?: number } = {},
  ) {}

  /** Checks seq order inside the batch and signs each ärende's new head; throws SeqConflictError on a gap. */
  private heads(events: readonly ArendeEvent[]): HeadRow[] {
    const byArende = new Map<string, { first: ArendeEvent; last: ArendeEvent }>();
    for (const e of events) {
      const seen = byArende.get(e.arendeId);
      if (!seen) byArende.set(e.arendeId, { first: e, last: e });
      else if (e.seq !== seen.last.seq + 1) throw new SeqConflictError(e.arendeId, e.seq);
      else seen.last = e;
    }
    // Sorted, so two batches touching the same ärenden lock their heads in the same order (no deadlock).
    return [...byArende.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([arendeId, { first, last }]) => {
        const signature = this.signer.sign(arendeId, last.seq, last.hash);
        const from = { from_seq: first.seq, prev_hash: first.prevHash };
        return { arende_id: arendeId, ...from, seq: last.seq, hash: last.hash, key_id: this.signer.keyId, signature };
      });
  }

  /** Heads known to carry a valid signature (written here or verified once), by ärende, seq and hash. */
  private remember(arendeId: string, seq: number, hash: string): void {
    const key = `${arendeId}\n${seq}\n${hash}`;
    if (this.verified.has(key)) return;
    if (this.verified.size >= (this.options.verifiedHeadCache ?? 10_000)) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(key, true);
  }

  private appendParams(batch: AppendBatch, heads: readonly HeadRow[]): string[] {
    const rows = lastPer(batch.summaries);
    return [
      JSON.stringify(batch.events),
      JSON.stringify(heads),
      JSON.stringify(rows.map((s) => ({ s, t: searchTextOf(s) }))),
      JSON.stringify(waitingRows(rows)),
      JSON.stringify(lastPer(batch.facts ?? [])),
    ];
  }

  /** Turns the database's refusal into the engine's error, naming the ärende and seq that clashed. */
  private async refusal(e: unknown, batch: AppendBatch, db: Db | undefined): Promise<unknown> {
    const err = dbError(e);
    if (err.code === 'KF409') {
      try {
        const { arendeId, seq } = JSON.parse(err.detail ?? '') as { arendeId: string; seq: number };
        return new SeqConflictError(arendeId, seq);
      } catch {
        return new SeqConflictError(batch.events[0]?.arendeId ?? '?', batch.events[0]?.seq ?? -1);
      }
    }
    if (err.code === '23505' && err.constraint === 'events_pkey') {
      // Only when heads and events disagree: name the first event whose place is taken.
      const taken = (db && (await this.takenPlace(db, batch))) ?? batch.events[0];
      return new SeqConflictError(taken?.arendeId ?? '?', taken?.seq ?? -1);
    }
    if (err.code === '23505' && err.constraint === 'events_id_key')
      return new Error('En händelse med samma id finns redan. Inget i skrivningen sparades.', { cause: e });
    return e;
  }

  /** The first event of the batch whose (ärende, seq) is already stored; never asked inside an aborted transaction. */
  private async takenPlace(db: Db, batch: AppendBatch): Promise<{ arendeId: string; seq: number } | undefined> {
    const { rows } = await db
      .query<{ arendeId: string; seq: number }>(
        'select arende_id as "arendeId", seq from events where (arende_id, seq) in (select x->>0, (x->>1)::int from ' +
          'json_array_elements($1::json) x) order by arende_id, seq limit 1',
        [JSON.stringify(batch.events.map((ev) => [ev.arendeId, ev.seq]))],
      )
      .catch(() => ({ rows: [] }));
    return rows[0];
  }

  async append(batch: AppendBatch): Promise<void> {
    const heads = this.heads(batch.events);
    try {
      await this.db.query(APPEND_SQL, this.appendParams(batch, heads));
    } catch (e) {
      throw await this.refusal(e, batch, this.db);
    }
    for (const h of heads) this.remember(h.arende_id, h.seq, h.hash);
  }

  async eventsOf(arendeId: string): Promise<ArendeEvent[]> {
    const { rows } = await this.db.query<{ body: ArendeEvent }>('select body from events where arende_id = $1 order by seq', [arendeId]);
    return rows.map((r) => r.body);
  }

  async readArende(arendeId: string, fromSeq: number): Promise<ArendeRead> {
    const { rows } = await this.db.query<{
      head: { seq: number; hash: string; keyId: string; signature: string } | null;
      events: ArendeEvent[] | null;
    }>(
      `select (select json_build_object('seq', seq, 'hash', hash, 'keyId', key_id, 'signature', signature)
                from chain_heads where arende_id = $1) as head,
              (select json_agg(body order by seq) from events where arende_id = $1 and seq >= $2) as events`,
      [arendeId, Math.max(0, Math.floor(fromSeq))],
    );
    const row = rows[0];
    const events = row?.events ?? [];
    const h = row?.head;
    if (!h) return { events, head: undefined };
    if (!this.verified.has(`${arendeId}\n${h.seq}\n${h.hash}`)) {
      if (!this.signer.verify(arendeId, h.seq, h.hash, h.signature, h.keyId))
        throw new IntegrityError(
          arendeId,
          `Ärendet ${arendeId}: signaturen på den registrerade senaste händelsen (nummer ${h.seq}) stämmer inte. Historiken kan ` +
            `ha ändrats utanför systemet.`,
          h.seq,
        );
      this.remember(arendeId, h.seq, h.hash);
    }
    return { events, head: { seq: h.seq, hash: h.hash } };
  }

  async allEvents(): Promise<ArendeEvent[]> {
    const { rows } = await this.db.query<{ body: ArendeEvent }>('select body from events order by arende_id, seq');
    return rows.map((r) => r.body);
  }

  async summary(arendeId: string): Promise<ArendeSummary | undefined> {
    const { rows } = await this.db.query<{ row: ArendeSummary }>('select "row" as row from summaries where arende_id = $1', [arendeId]);
    return rows[0]?.row;
  }

  async summaries(query: SummaryQuery = {}): Promise<ArendeSummary[]> {
    return (await this.page(query)).rows;
  }

  async page(query: SummaryQuery): Promise<SummaryPage> {
    const limit = query.limit === undefined ? undefined : Math.floor(query.limit);
    // Like the reference: no rows, and so no next page, for a limit below one.
    if (limit !== undefined && !(limit > 0)) return { rows: [] };
    const sql = pageSql(query);
    const { rows } = await this.db.query<{ row: ArendeSummary; key: string }>(sql.text, sql.params);
    if (limit === undefined || rows.length <= limit) return { rows: rows.map((r) => r.row) };
    const page = rows.slice(0, limit);
    const last = page[page.length - 1]!;
    return { rows: page.map((r) => r.row), next: encodeCursor(last.key, last.row.arendeId) };
  }

  async count(query: SummaryQuery): Promise<number> {
    const sql = countSql(query);
    const { rows } = await this.db.query<{ n: number }>(sql.text, sql.params);
    return rows[0]?.n ?? 0;
  }

  async reportFacts(): Promise<{ facts: ArendeFacts[]; missing: string[] }> {
    // Row by row, not one json_agg: the database need not build (nor Node parse) one string of every fact at once.
    const [facts, missing] = await Promise.all([
      this.db.query<{ facts: ArendeFacts }>('select facts from facts order by arende_id'),
      this.db.query<{ id: string }>(
        'select s.arende_id as id from summaries s where not exists (select 1 from facts f where f.arende_id = s.arende_id) ' +
          'order by s.arende_id',
      ),
    ]);
    return { facts: facts.rows.map((r) => r.facts), missing: missing.rows.map((r) => r.id) };
  }

  async putFacts(facts: readonly ArendeFacts[]): Promise<void> {
    if (facts.length === 0) return;
    await this.db.query(
      "insert into facts (arende_id, facts) select f->>'arendeId', f from json_array_elements($1::json) f on conflict " +
        '(arende_id) do update set facts = excluded.facts',
      [JSON.stringify(lastPer(facts))],
    );
  }

  async putDefinition(definition: ProcessDefinition): Promise<void> {
    try {
      await this.db.query('insert into definitions (id, version, definition) values ($1, $2, $3::json)', [
        definition.id,
        definition.version,
        JSON.stringify(definition),
      ]);
    } catch (e) {
      if (dbError(e).code === '23505')
        throw new Error(`Definitionen ${definition.id}@${definition.version} finns redan och får inte skrivas över.`);
      throw e;
    }
  }

  async definitions(): Promise<ProcessDefinition[]> {
    const { rows } = await this.db.query<{ definition: ProcessDefinition }>('select definition from definitions order by id, version');
    return rows.map((r) => r.definition);
  }

  /** One transaction: definitions, then events in slices (each slice's heads signed with this store's key), then rows and facts. */
  async importAll(data: ImportBatch): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (data.definitions.length) {
        try {
          await tx.query(
            "insert into definitions (id, version, definition) select d->>'id', (d->>'version')::int, d from " +
              'json_array_elements($1::json) d',
            [JSON.stringify(data.definitions)],
          );
        } catch (e) {
          if (dbError(e).code === '23505')
            throw new Error('Importen innehåller en definitionsversion som redan finns. Inget har importerats.');
          throw e;
        }
      }
      for (let i = 0; i < data.events.length; i += IMPORT_SLICE) {
        // An ärende split over two slices continues from the head the first slice left (checked by kf_append).
        const part = { events: data.events.slice(i, i + IMPORT_SLICE), summaries: [] };
        try {
          await tx.query(APPEND_SQL, this.appendParams(part, this.heads(part.events)));
        } catch (e) {
          // Not looked up: inside the aborted transaction PGlite's only connection is still held.
          throw await this.refusal(e, part, undefined);
        }
      }
      for (let i = 0; i < Math.max(data.summaries.length, data.facts?.length ?? 0); i += IMPORT_SLICE) {
        const part = {
          events: [],
          summaries: data.summaries.slice(i, i + IMPORT_SLICE),
          facts: data.facts?.slice(i, i + IMPORT_SLICE) ?? [],
        };
        await tx.query(APPEND_SQL, this.appendParams(part, []));
      }
      await tx.notify(ARENDE_CHANGED, '*');
    });
    // A restore can multiply the tables at once: fresh statistics keep every plan an index walk (not later, when autovacuum gets to it).
    if (data.events.length >= ANALYZE_AFTER)
      await this.db.exec('analyze events; analyze chain_heads; analyze summaries; analyze waiting; analyze facts');
  }

  async isEmpty(): Promise<boolean> {
    const { rows } = await this.db.query<{ empty: boolean }>(
      'select not exists (select 1 from events) and not exists (select 1 from definitions) as empty',
    );
    return rows[0]?.empty ?? true;
  }

  /** Every chain head with its key id and signature, for signed backups. */
  async signedHeads(): Promise<SignedHead[]> {
    const { rows } = await this.db.query<{ arende_id: string; seq: number; hash: string; key_id: string; signature: string }>(
      'select arende_id, seq, hash, key_id, signature from chain_heads order by arende_id',
    );
    return rows.map((r) => ({ arendeId: r.arende_id, seq: r.seq, hash: r.hash, keyId: r.key_id, signature: r.signature }));
  }
}
