import { WHOLE_LOG } from '../../api/contract';
import type { Db } from '../postgres/Db';
import type { HeadSigner } from '../postgres/headSigner';
import type { IntegrityProblem } from '../postgres/IntegrityProblem';
import { checkpointSigned } from './checkpoint';
import type { Checkpoint } from './checkpoint';
import { leavesAfter, storedCheckpoints } from './ledgerRows';
import { ledgerEntry, leafHash, MerkleAccumulator } from './merkle';

export { WHOLE_LOG };

const when = (c: Checkpoint) => `kontrollpunkten för ${c.size} händelser (${c.at.slice(0, 16).replace('T', ' ')})`;

/** The stored and witnessed checkpoints by size, with problems for a bad signature or two that disagree. */
function merged(stored: readonly Checkpoint[], witnessed: readonly Checkpoint[], signer: HeadSigner) {
  const bySize = new Map<number, Checkpoint>();
  const problems: IntegrityProblem[] = [];
  for (const c of [...witnessed, ...stored]) {
    if (!checkpointSigned(signer, c)) {
      problems.push({
        arendeId: WHOLE_LOG,
        reason: `Signaturen på ${when(c)} stämmer inte: kontrollpunkten har ändrats eller förfalskats.`,
      });
      continue;
    }
    const seen = bySize.get(c.size);
    if (seen && seen.root !== c.root)
      problems.push({
        arendeId: WHOLE_LOG,
        reason: `Två signerade kontrollpunkter för ${c.size} händelser säger olika: loggen har skrivits om.`,
      });
    if (!seen) bySize.set(c.size, c);
  }
  for (const w of witnessed)
    if (!stored.some((s) => s.size === w.size && s.root === w.root))
      problems.push({ arendeId: WHOLE_LOG, reason: `Databasen saknar ${when(w)}, som vittnesfilen har: kontrollpunkter har tagits bort.` });
  return { checkpoints: [...bySize.values()].sort((a, b) => a.size - b.size), problems };
}

/** Each ärende's newest event number at each checkpoint, as the checkpoints' heads add up. */
function expectedHeads(checkpoints: readonly Checkpoint[]): { at: Checkpoint; heads: Map<string, number> }[] {
  const heads = new Map<string, number>();
  return checkpoints.map((c) => {
    for (const [a, seq] of Object.entries(c.heads)) heads.set(a, Math.max(heads.get(a) ?? -1, seq));
    return { at: c, heads: new Map(heads) };
  });
}

/**
 * The ledger against every checkpoint, stored or witnessed: each prefix must give the signed root, the positions run
 * without a gap, and every ärende a checkpoint saw must still have the events it had then (else it is named).
 */
export async function verifyLedger(db: Db, signer: HeadSigner, witnessed: readonly Checkpoint[]): Promise<IntegrityProblem[]> {
  const { checkpoints, problems } = merged(await storedCheckpoints(db), witnessed, signer);
  const tree = new MerkleAccumulator();
  const posOf = new Map<string, number>();
  const roots = new Map<number, string>();
  const wanted = new Set(checkpoints.map((c) => c.size));
  const byRange = new Map<number, Set<string>>();
  let gap = false;
  let next = 0;
  for await (const leaf of leavesAfter(db, 0)) {
    if (leaf.pos !== tree.size + 1 && !gap) {
      gap = true;
      problems.push({ arendeId: WHOLE_LOG, reason: `Loggen hoppar från plats ${tree.size} till ${leaf.pos}: händelser har tagits bort.` });
    }
    tree.push(leafHash(ledgerEntry(leaf.arendeId, leaf.seq, leaf.hash)));
    posOf.set(`${leaf.arendeId}\n${leaf.seq}`, tree.size);
    while (next < checkpoints.length && checkpoints[next]!.size < tree.size) next += 1;
    const range = checkpoints[next]?.size ?? Infinity;
    (byRange.get(range) ?? byRange.set(range, new Set()).get(range)!).add(leaf.arendeId);
    if (wanted.has(tree.size)) roots.set(tree.size, tree.root());
  }
  const named = new Set<string>();
  for (const { at, heads } of expectedHeads(checkpoints)) {
    for (const [a, seq] of heads) {
      const pos = posOf.get(`${a}\n${seq}`);
      if ((pos !== undefined && pos <= at.size) || named.has(a)) continue;
      named.add(a);
      problems.push({
        arendeId: a,
        seq,
        reason: `Ärendet hade händelse ${seq} vid ${when(at)}, men den saknas i loggen: ärendet har raderats eller rullats tillbaka.`,
      });
    }
    const root = roots.get(at.size);
    if (root === at.root) continue;
    const touched = [...(byRange.get(at.size) ?? [])].filter((a) => !named.has(a));
    problems.push({
      arendeId: WHOLE_LOG,
      reason:
        root === undefined
          ? `Loggen har färre än ${at.size} händelser, men ${when(at)} har fler: händelser har tagits bort.`
          : `Loggen fram till ${when(at)} stämmer inte med den signerade roten: händelser har lagts till, tagits bort eller bytt ordning` +
            (touched.length ? ` (berörda ärenden: ${touched.slice(0, 20).join(', ')}).` : '.'),
    });
  }
  return [...problems, ...(await eventsOutsideLedger(db))];
}

/** Every event has its place in the ledger with the same hash, and every place an event. */
async function eventsOutsideLedger(db: Db): Promise<IntegrityProblem[]> {
  const { rows } = await db.query<{ a: string; s: number; side: string }>(
    `select e.arende_id as a, e.seq as s, 'event' as side from events e left join ledger l on l.arende_id = e.arende_id and l.seq = e.seq
       where l.pos is null or l.hash <> e.hash
     union all
     select l.arende_id, l.seq, 'ledger' from ledger l left join events e on e.arende_id = l.arende_id and e.seq = l.seq where e.id is null
     order by 1, 2 limit 200`,
  );
  return rows.map((r) => ({
    arendeId: r.a,
    seq: r.s,
    reason:
      r.side === 'event'
        ? `Händelse ${r.s} saknar sin plats i loggens ordning (eller har en annan kontrollsumma där): den har lagts till utanför systemet.`
        : `Loggens ordning har en plats för händelse ${r.s}, men händelsen finns inte: den har raderats.`,
  }));
}
