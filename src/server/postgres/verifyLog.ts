import { verifyChain } from '../../engine/internal';
import type { ArendeEvent, ArendeSummary, Hasher } from '../../engine/internal';
import { nodeHasher } from '../../adapters/system/nodeHasher';
import type { Db } from './Db';
import type { HeadSigner } from './headSigner';
import type { IntegrityProblem } from './IntegrityProblem';
import type { Checkpoint } from '../ledger/checkpoint';
import { verifyLedger } from '../ledger/verifyLedger';
import { checkListRow } from './checkListRow';
import type { ListRowColumns } from './checkListRow';

export type { IntegrityProblem } from './IntegrityProblem';

export interface VerifyLogResult {
  ok: boolean;
  arenden: number;
  events: number;
  problems: IntegrityProblem[];
}

export interface VerifyLogOptions {
  hasher?: Hasher;
  /** Ärenden read per statement (default 200): memory stays bounded however long the log is. */
  batch?: number;
  /** When the check ran (default: now). */
  now?: string;
  /** Stops between batches (a shutdown during the start-up check); nothing is recorded then. */
  signal?: AbortSignal;
  /** The checkpoints kept outside the database (the witness file): the ledger must match them as well as its own. */
  witness?: readonly Checkpoint[];
  /** The list row each log gives when replayed (the server's engine); without it status and version go unchecked. */
  derive?: (events: readonly ArendeEvent[]) => ArendeSummary | string;
}

interface StoredEvent {
  a: string;
  s: number;
  i: string;
  h: string;
  b: ArendeEvent;
}

/** The list row's checked columns, by ärende. */
interface StoredRow extends ListRowColumns {
  a: string;
}

interface StoredHead {
  a: string;
  seq: number;
  hash: string;
  keyId: string;
  signature: string;
}

// The next ärenden in id order, whether they have events, a head, or (after tampering) only one of them.
const NEXT_IDS = `select arende_id from (
    (select distinct arende_id from events where arende_id > $1::text collate "C" order by arende_id limit $2)
    union
    (select arende_id from chain_heads where arende_id > $1::text collate "C" order by arende_id limit $2)
    union
    (select arende_id from summaries where arende_id > $1::text collate "C" order by arende_id limit $2)
  ) ids order by arende_id limit $2`;

// Events and heads of a batch in one statement, so both come from the same snapshot even while appends go on.
const BATCH = `select
    (select json_agg(json_build_object('a', arende_id, 's', seq, 'i', id, 'h', hash, 'b', body) order by arende_id, seq) from events
      where arende_id = any($1::text[])) as events,
    (select json_agg(json_build_object('a', arende_id, 'seq', seq, 'hash', hash, 'keyId', key_id, 'signature', signature)) from
      chain_heads where arende_id = any($1::text[])) as heads,
    (select json_agg(json_build_object('a', arende_id, 'e', enhet_id, 'p', process_type, 'o', opened_by, 's', status,
      'v', definition_version, 'l', ("row"->>'lastSeq')::int,
      'h', "row"->>'lastHash')) from summaries where arende_id = any($1::text[])) as rows`;

function checkArende(
  arendeId: string,
  stored: readonly StoredEvent[],
  head: StoredHead | undefined,
  signer: HeadSigner,
  hasher: Hasher,
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const e of stored)
    if (e.b?.arendeId !== e.a || e.b.seq !== e.s || e.b.id !== e.i || e.b.hash !== e.h)
      problems.push({
        arendeId,
        seq: e.s,
        eventId: e.i,
        reason: `Händelse ${e.s}: tabellens kolumner stämmer inte med händelsens innehåll – raden har ändrats i efterhand.`,
      });
  const events = stored.map((e) => e.b);
  const broken = verifyChain(hasher, events);
  if (broken) problems.push({ arendeId, seq: broken.seq, ...(broken.eventId ? { eventId: broken.eventId } : {}), reason: broken.reason });
  const last = events[events.length - 1];
  if (!head) {
    if (last)
      problems.push({
        arendeId,
        seq: last.seq,
        eventId: last.id,
        reason: 'Ärendet har händelser men ingen registrerad och signerad senaste händelse.',
      });
    return problems;
  }
  if (!last)
    problems.push({
      arendeId,
      seq: head.seq,
      reason: `Ärendets senaste händelse är registrerad som nummer ${head.seq}, men loggen saknar alla händelser: de har raderats.`,
    });
  else if (head.seq > last.seq)
    problems.push({
      arendeId,
      seq: last.seq + 1,
      reason:
        `Händelserna ${last.seq + 1}–${head.seq} saknas: den senaste registrerade är nummer ${head.seq}, men loggen slutar vid ` +
        `nummer ${last.seq}. De har raderats.`,
    });
  else if (head.seq < last.seq) {
    const extra = events.find((e) => e.seq === head.seq + 1);
    problems.push({
      arendeId,
      seq: head.seq + 1,
      ...(extra ? { eventId: extra.id } : {}),
      reason: `Loggen har händelser efter den registrerade senaste (nummer ${head.seq}): de har lagts till utanför systemet.`,
    });
  } else if (head.hash !== last.hash)
    problems.push({
      arendeId,
      seq: last.seq,
      eventId: last.id,
      reason: `Händelse ${last.seq} stämmer inte med den registrerade senaste händelsens kontrollsumma.`,
    });
  if (!signer.verify(arendeId, head.seq, head.hash, head.signature, head.keyId))
    problems.push({
      arendeId,
      seq: head.seq,
      reason:
        `Signaturen på den registrerade senaste händelsen (nummer ${head.seq}) stämmer inte: historiken har skrivits om, eller ` +
        `signerats med en nyckel som inte är betrodd.`,
    });
  return problems;
}

/** Every chain, head (and its signature) and list row of these ärenden, from one snapshot; a batch of `verifyLog`, or what changed. */
export async function verifyArenden(
  db: Db,
  signer: HeadSigner,
  ids: readonly string[],
  options: Pick<VerifyLogOptions, 'hasher' | 'derive'> = {},
): Promise<{ events: number; problems: IntegrityProblem[] }> {
  const hasher = options.hasher ?? nodeHasher;
  const { rows } = await db.query<{ events: StoredEvent[] | null; heads: StoredHead[] | null; rows: StoredRow[] | null }>(BATCH, [ids]);
  const byArende = new Map<string, StoredEvent[]>();
  for (const e of rows[0]?.events ?? []) {
    const list = byArende.get(e.a);
    if (list) list.push(e);
    else byArende.set(e.a, [e]);
  }
  const heads = new Map((rows[0]?.heads ?? []).map((h) => [h.a, h]));
  const listRows = new Map((rows[0]?.rows ?? []).map((r) => [r.a, r]));
  const problems: IntegrityProblem[] = [];
  let events = 0;
  for (const id of ids) {
    const stored = byArende.get(id) ?? [];
    events += stored.length;
    const chain = checkArende(id, stored, heads.get(id), signer, hasher);
    // A broken chain is named already; replaying it would only repeat that.
    const derived = chain.length === 0 && stored.length > 0 ? options.derive?.(stored.map((e) => e.b)) : undefined;
    problems.push(...chain, ...checkListRow(id, stored, listRows.get(id), derived));
  }
  return { events, problems };
}

/**
 * Re-verifies the whole log: every ärende's SHA-256 chain, its recorded head and the head's signature, its list row
 * against its log, and the ledger against every checkpoint. Reads in batches and records the result in `integrity_checks`.
 */
export async function verifyLog(db: Db, signer: HeadSigner, options: VerifyLogOptions = {}): Promise<VerifyLogResult> {
  const batch = options.batch ?? 200;
  const problems: IntegrityProblem[] = [];
  let arenden = 0;
  let events = 0;
  let after = '';
  for (;;) {
    options.signal?.throwIfAborted();
    const ids = (await db.query<{ arende_id: string }>(NEXT_IDS, [after, batch])).rows.map((r) => r.arende_id);
    if (ids.length === 0) break;
    const checked = await verifyArenden(db, signer, ids, options);
    events += checked.events;
    problems.push(...checked.problems);
    arenden += ids.length;
    after = ids[ids.length - 1]!;
  }
  problems.push(...(await verifyLedger(db, signer, options.witness ?? [])));
  const result = { ok: problems.length === 0, arenden, events, problems };
  await db.query('insert into integrity_checks (checked_at, ok, arenden, events, problems) values ($1, $2, $3, $4, $5::json)', [
    options.now ?? new Date().toISOString(),
    result.ok,
    arenden,
    events,
    JSON.stringify(problems),
  ]);
  return result;
}
