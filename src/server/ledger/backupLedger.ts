import type { ArendeEvent, BackupFile } from '../../engine/internal';
import type { Db } from '../postgres/Db';
import type { HeadSigner } from '../postgres/headSigner';
import { asCheckpoint, checkpointSigned } from './checkpoint';
import type { Checkpoint } from './checkpoint';
import { leavesAfter } from './ledgerRows';
import { ledgerEntry, leafHash, MerkleAccumulator } from './merkle';

/** How many of the newest witnessed checkpoints a backup carries: enough to show the log's history, never the whole file. */
export const CHECKPOINTS_IN_BACKUP = 20;

const keyOf = (arendeId: string, seq: number) => `${arendeId}\n${seq}`;

/**
 * The ledger's part of a backup: the newest witnessed checkpoints and every exported event's id in ledger order. Taken
 * after a checkpoint and after the events were read, so every place up to the newest checkpoint has its event here.
 */
export async function backupLedger(
  db: Db,
  witnessed: readonly Checkpoint[],
  events: readonly ArendeEvent[],
): Promise<{ kontrollpunkter: Checkpoint[]; liggare: string[] }> {
  const ids = new Map(events.map((e) => [keyOf(e.arendeId, e.seq), e.id]));
  const liggare: string[] = [];
  for await (const leaf of leavesAfter(db, 0)) {
    const id = ids.get(keyOf(leaf.arendeId, leaf.seq));
    if (id !== undefined) liggare.push(id);
  }
  return { kontrollpunkter: witnessed.slice(-CHECKPOINTS_IN_BACKUP), liggare };
}

const at = (c: Checkpoint) => `kontrollpunkten för ${c.size} händelser (${c.at.slice(0, 16).replace('T', ' ')})`;

/** The file's ledger order: every event once, nothing else; the events in that order (empty when it is broken). */
function orderProblems(order: readonly unknown[], events: readonly ArendeEvent[]): { problems: string[]; ordered: ArendeEvent[] } {
  const byId = new Map(events.map((e) => [e?.id, e]));
  const seen = new Set<unknown>();
  const ordered: ArendeEvent[] = [];
  for (const id of order) {
    const e = byId.get(id as string);
    if (!e || seen.has(id))
      return {
        problems: [`Loggens ordning i filen nämner händelsen ${String(id).slice(0, 80)} som saknas eller finns två gånger.`],
        ordered,
      };
    seen.add(id);
    ordered.push(e);
  }
  if (ordered.length !== events.length)
    return {
      problems: [`${events.length - ordered.length} av filens händelser saknar plats i loggens ordning: de har lagts till.`],
      ordered,
    };
  return { problems: [], ordered };
}

/**
 * A backup's own checkpoints against its own log, before anything is written: each must be signed by a trusted key
 * and give, over the file's events in ledger order, the signed root. An older file without them passes (none to check).
 */
export function backupLedgerProblems(input: unknown, signer: HeadSigner): string[] {
  const file = input as Partial<BackupFile> | null;
  if (!file || typeof file !== 'object' || (file.kontrollpunkter === undefined && file.liggare === undefined)) return [];
  if (!Array.isArray(file.kontrollpunkter) || !Array.isArray(file.liggare) || !Array.isArray(file.events))
    return ['Filens kontrollpunkter saknar loggens ordning (eller tvärtom): filen har ändrats.'];
  const checkpoints = file.kontrollpunkter.map(asCheckpoint);
  if (checkpoints.some((c) => !c)) return ['En av filens kontrollpunkter är inte en kontrollpunkt: filen har ändrats.'];
  const problems: string[] = [];
  for (const c of checkpoints as Checkpoint[])
    if (!checkpointSigned(signer, c))
      problems.push(`Signaturen på ${at(c)} stämmer inte, eller är gjord med en nyckel som servern inte litar på.`);
  const { problems: order, ordered } = orderProblems(file.liggare, file.events);
  if (problems.length || order.length) return [...problems, ...order];
  const wanted = [...(checkpoints as Checkpoint[])].sort((a, b) => a.size - b.size);
  const tree = new MerkleAccumulator();
  let next = 0;
  for (const e of ordered) {
    if (next >= wanted.length) break;
    tree.push(leafHash(ledgerEntry(e.arendeId, e.seq, e.hash)));
    for (; next < wanted.length && wanted[next]!.size === tree.size; next += 1)
      if (wanted[next]!.root !== tree.root())
        problems.push(
          `Filens logg fram till ${at(wanted[next]!)} stämmer inte med den signerade roten: händelser har ändrats, lagts till, ` +
            'tagits bort eller bytt ordning.',
        );
  }
  for (const c of wanted.slice(next))
    problems.push(`Filen har färre händelser än ${at(c)} säger: händelser eller hela ärenden har tagits bort.`);
  return problems;
}
