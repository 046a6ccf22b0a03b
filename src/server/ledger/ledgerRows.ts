import type { Db } from '../postgres/Db';
import { asCheckpoint } from './checkpoint';
import type { Checkpoint } from './checkpoint';

/** One event's place in the ledger. */
export interface LedgerLeaf {
  pos: number;
  arendeId: string;
  seq: number;
  hash: string;
}

/** The ledger after `after`, in order, a batch per statement (memory stays bounded however long the log is). */
export async function* leavesAfter(db: Db, after: number, batch = 5000): AsyncGenerator<LedgerLeaf> {
  let from = after;
  for (;;) {
    const { rows } = await db.query<{ p: string; a: string; s: number; h: string }>(
      'select l.pos::text as p, l.arende_id as a, l.seq as s, l.hash as h from ledger l where l.pos > $1 order by l.pos limit $2',
      [from, batch],
    );
    for (const r of rows) yield { pos: Number(r.p), arendeId: r.a, seq: r.s, hash: r.h };
    if (rows.length < batch) return;
    from = Number(rows[rows.length - 1]!.p);
  }
}

/** The checkpoints the database holds, smallest first (only the newest with `latest`: what each new checkpoint needs). */
export async function storedCheckpoints(db: Db, latest = false): Promise<Checkpoint[]> {
  const { rows } = await db.query<{ size: string; root: string; at: string; key_id: string; signature: string; heads: unknown }>(
    'select c.size::text as size, c.root, c.at, c.key_id, c.signature, c.heads from checkpoints c ' +
      (latest ? 'order by c.size desc limit 1' : 'order by c.size'),
  );
  return rows.flatMap((r) => {
    const c = asCheckpoint({ size: Number(r.size), root: r.root, at: r.at, keyId: r.key_id, signature: r.signature, heads: r.heads });
    return c ? [c] : [];
  });
}

export async function storeCheckpoint(db: Db, c: Checkpoint): Promise<void> {
  // Two instances may sign the same size: the first one stored stands (both say the same).
  await db.query(
    'insert into checkpoints (size, root, at, key_id, signature, heads) values ($1, $2, $3, $4, $5, $6::json) ' +
      'on conflict (size) do nothing',
    [c.size, c.root, c.at, c.keyId, c.signature, JSON.stringify(c.heads)],
  );
}
