import type { Db } from '../postgres/Db';
import type { HeadSigner } from '../postgres/headSigner';
import { signCheckpoint } from './checkpoint';
import type { Checkpoint } from './checkpoint';
import { leavesAfter, storeCheckpoint, storedCheckpoints } from './ledgerRows';
import { ledgerEntry, leafHash, MerkleAccumulator } from './merkle';
import type { WitnessFile } from './witnessFile';

/** Signs checkpoints of the ledger as it grows; refuses to sign over a ledger that no longer matches its last one. */
export interface Checkpointer {
  /** A new checkpoint when events were written since the last (stored and witnessed), else the last; why not, if refused. */
  take(now: string): Promise<{ ok: true; checkpoint: Checkpoint | undefined } | { ok: false; reason: string }>;
  /** Starts from a verified tree (a clean stop's frontier) instead of reading the ledger from its first row; only before the first take. */
  resume(size: number, frontier: readonly string[]): boolean;
  /** The tree's size and frontier now (what a clean-stop record keeps). */
  frontier(): { size: number; frontier: string[] };
}

/**
 * Keeps the tree in memory and reads only the ledger's new rows. Before it first signs, the rows up to the newest
 * stored checkpoint must give that checkpoint's root: a ledger changed before this start is never signed as true.
 */
export function createCheckpointer(db: Db, signer: HeadSigner, witness: WitnessFile | undefined): Checkpointer {
  let tree = new MerkleAccumulator();
  let running: Promise<unknown> = Promise.resolve();
  // Once refused, always refused: the tree stopped partway and signing on from it would bless what follows.
  let refused: string | undefined;
  let began = false;

  async function take(now: string) {
    if (refused) return { ok: false as const, reason: refused };
    const found = await grow(now);
    if (!found.ok) refused = found.reason;
    return found;
  }

  async function grow(now: string) {
    const last = (await storedCheckpoints(db, true))[0];
    const heads: Record<string, number> = {};
    for await (const leaf of leavesAfter(db, tree.size)) {
      if (leaf.pos !== tree.size + 1)
        return { ok: false as const, reason: `Loggen saknar plats ${tree.size + 1}: händelser har tagits bort ur loggen.` };
      tree.push(leafHash(ledgerEntry(leaf.arendeId, leaf.seq, leaf.hash)));
      if (last && tree.size === last.size && tree.root() !== last.root)
        return { ok: false as const, reason: `Loggen stämmer inte med kontrollpunkten för ${last.size} händelser (${last.at}).` };
      if (!last || leaf.pos > last.size) heads[leaf.arendeId] = Math.max(heads[leaf.arendeId] ?? -1, leaf.seq);
    }
    if (tree.size === 0 || (last && last.size >= tree.size)) return { ok: true as const, checkpoint: last };
    const checkpoint = signCheckpoint(signer, { size: tree.size, root: tree.root(), at: now, heads });
    await storeCheckpoint(db, checkpoint);
    witness?.append(checkpoint);
    return { ok: true as const, checkpoint };
  }

  return {
    // One at a time: the tree is shared, and two overlapping reads would push the same rows twice.
    take(now) {
      began = true;
      const next = running.then(() => take(now));
      running = next.catch(() => undefined);
      return next;
    },
    resume(size, frontier) {
      const resumed = !began ? MerkleAccumulator.resume(size, frontier) : undefined;
      if (resumed) tree = resumed;
      return resumed !== undefined;
    },
    frontier: () => ({ size: tree.size, frontier: tree.frontier() }),
  };
}
