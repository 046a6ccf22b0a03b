import { WHOLE_LOG } from '../../api/contract';
import type { ArendeEvent, ArendeSummary } from '../../engine/internal';
import type { Db } from '../postgres/Db';
import type { HeadSigner } from '../postgres/headSigner';
import type { IntegrityProblem } from '../postgres/IntegrityProblem';
import { verifyArenden } from '../postgres/verifyLog';
import { checkpointSigned } from './checkpoint';
import type { Checkpoint } from './checkpoint';
import type { CleanStop } from './cleanStop';
import { changedSince, checkpointsChangedSince, horizonUsable, transactionHorizon } from './changedSince';
import type { LogCounts } from './changedSince';
import { leavesAfter, storedCheckpoints } from './ledgerRows';
import { ledgerEntry, leafHash, MerkleAccumulator } from './merkle';

export interface IncrementalResult {
  ok: boolean;
  /** Ärenden and events checked in full (those changed since the last passing check). */
  arenden: number;
  events: number;
  problems: IntegrityProblem[];
  /** Where the next incremental check starts, if this one passed. */
  horizon: string;
}

interface Options {
  witness: readonly Checkpoint[];
  derive?: (events: readonly ArendeEvent[]) => ArendeSummary | string;
  /** More changed ärenden than this: the whole log is checked instead (it would not be quicker). */
  maxChanged: number;
}

const whole = (reason: string): IntegrityProblem => ({ arendeId: WHOLE_LOG, reason });

/** Deleted rows leave no `xmin`: the counts must still add up (no gap in the ledger, one event a place, a head a row). */
function countProblems(c: LogCounts, size: number): IntegrityProblem[] {
  const out: IntegrityProblem[] = [];
  if (c.ledger !== c.lastPos || c.lastPos < size)
    out.push(whole(`Loggens ordning har luckor eller färre än ${size} platser: händelser har tagits bort.`));
  if (c.events !== c.ledger)
    out.push(whole(`Loggen har ${c.events} händelser men ${c.ledger} platser: händelser har tagits bort eller lagts till.`));
  if (c.heads !== c.rows || c.heads !== c.firsts)
    out.push(whole('Ärendenas registrerade senaste händelser, listrader och loggar går inte jämnt ut: något har raderats.'));
  return out;
}

/** The ledger after the clean stop grown on from its frontier: no gap, and every later stored checkpoint's root. */
async function ledgerTail(db: Db, signer: HeadSigner, stop: CleanStop): Promise<{ arenden: Set<string>; problems: IntegrityProblem[] }> {
  const tree = MerkleAccumulator.resume(stop.size, stop.frontier);
  if (!tree || tree.root() !== stop.root) return { arenden: new Set(), problems: [whole('Stoppmarkeringens träd ger inte dess rot.')] };
  const later = (await storedCheckpoints(db)).filter((c) => c.size > stop.size);
  const problems: IntegrityProblem[] = later
    .filter((c) => !checkpointSigned(signer, c))
    .map((c) => whole(`Signaturen på kontrollpunkten för ${c.size} händelser stämmer inte.`));
  const rootAt = new Map(later.map((c) => [c.size, c.root]));
  const arenden = new Set<string>();
  for await (const leaf of leavesAfter(db, stop.size)) {
    if (leaf.pos !== tree.size + 1)
      return { arenden, problems: [...problems, whole(`Loggen hoppar från plats ${tree.size} till ${leaf.pos}.`)] };
    tree.push(leafHash(ledgerEntry(leaf.arendeId, leaf.seq, leaf.hash)));
    arenden.add(leaf.arendeId);
    const root = rootAt.get(tree.size);
    if (root !== undefined && root !== tree.root())
      problems.push(whole(`Loggen stämmer inte med kontrollpunkten för ${tree.size} händelser.`));
  }
  for (const c of later)
    if (c.size > tree.size) problems.push(whole(`Loggen har färre än ${c.size} händelser, men en kontrollpunkt har fler.`));
  return { arenden, problems };
}

/** Events of these ärenden without their place in the ledger (or with another hash there), and places without an event. */
async function outsideLedger(db: Db, ids: readonly string[]): Promise<IntegrityProblem[]> {
  const { rows } = await db.query<{ a: string; s: number }>(
    `select e.arende_id as a, e.seq as s from events e left join ledger l on l.arende_id = e.arende_id and l.seq = e.seq
       where e.arende_id = any($1::text[]) and (l.pos is null or l.hash <> e.hash)
     union all
     select l.arende_id, l.seq from ledger l left join events e on e.arende_id = l.arende_id and e.seq = l.seq
       where l.arende_id = any($1::text[]) and e.id is null limit 200`,
    [ids],
  );
  return rows.map((r) => ({ arendeId: r.a, seq: r.s, reason: `Händelse ${r.s} och loggens ordning stämmer inte överens.` }));
}

/**
 * After a clean stop: every ärende with a row written or changed since the last passing check is checked in full (chain,
 * signed head, list row, ledger place), the ledger is grown on from the stop's signed frontier, and the counts reveal
 * deletions. `full` when this cannot be trusted to be complete: then the whole log must be checked.
 */
export async function incrementalCheck(
  db: Db,
  signer: HeadSigner,
  stop: CleanStop,
  o: Options,
): Promise<IncrementalResult | { full: string }> {
  const { horizon, next } = await transactionHorizon(db);
  const unusable = horizonUsable(stop.verifiedFrom, next);
  if (unusable) return { full: unusable };
  const scanned = await changedSince(db, stop.verifiedFrom);
  const changed = new Set(scanned.changed);
  if (changed.size > o.maxChanged) return { full: `${changed.size} ärenden har ändrats sedan förra kontrollen.` };
  // Checkpoints signed since then are legitimate only as this instance witnessed them (others' cannot be re-derived here).
  const signed = await checkpointsChangedSince(db, stop.verifiedFrom, stop.size);
  if (signed.some((c) => !o.witness.some((w) => w.size === c.size && w.root === c.root)))
    return { full: 'Kontrollpunkter i databasen har skrivits eller ändrats utan att finnas i vittnesfilen.' };
  const problems: IntegrityProblem[] = [];
  const stored = await storedCheckpoints(db);
  for (const w of o.witness)
    if (!stored.some((s) => s.size === w.size && s.root === w.root))
      problems.push(whole(`Databasen saknar kontrollpunkten för ${w.size} händelser, som vittnesfilen har.`));
  problems.push(...countProblems(scanned.counts, stop.size));
  const tail = await ledgerTail(db, signer, stop);
  problems.push(...tail.problems);
  const ids = [...new Set([...changed, ...tail.arenden])].sort();
  let events = 0;
  for (let i = 0; i < ids.length; i += 200) {
    const batch = ids.slice(i, i + 200);
    const checked = await verifyArenden(db, signer, batch, o.derive ? { derive: o.derive } : {});
    events += checked.events;
    problems.push(...checked.problems, ...(await outsideLedger(db, batch)));
  }
  return { ok: problems.length === 0, arenden: ids.length, events, problems, horizon };
}
