import { createHash } from 'node:crypto';
import type { HeadSigner } from '../postgres/headSigner';
import type { BackupCheckpoint } from '../../engine/internal';

/** A signed statement that the ledger's first `size` events have the Merkle root `root`; the engine's type, as backups carry it. */
export type Checkpoint = BackupCheckpoint;

export const CHECKPOINT_DOMAIN = 'kvalitetsflode/checkpoint/v1';

/** The heads in a fixed order, hashed: the signature covers them without signing a list that can grow long. */
function headsDigest(heads: Readonly<Record<string, number>>): string {
  const sorted = Object.keys(heads)
    .sort()
    .map((a) => [a, heads[a]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

const linesOf = (c: Omit<Checkpoint, 'keyId' | 'signature'>) => [String(c.size), c.root, c.at, headsDigest(c.heads)];

export function signCheckpoint(signer: HeadSigner, c: Omit<Checkpoint, 'keyId' | 'signature'>): Checkpoint {
  return { ...c, keyId: signer.keyId, signature: signer.signStatement(CHECKPOINT_DOMAIN, linesOf(c)) };
}

export function checkpointSigned(signer: HeadSigner, c: Checkpoint): boolean {
  return signer.verifyStatement(CHECKPOINT_DOMAIN, linesOf(c), c.signature, c.keyId);
}

/** A checkpoint read from JSON (the witness file, a backup, the database), or undefined when it is not one. */
export function asCheckpoint(x: unknown): Checkpoint | undefined {
  const c = x as Partial<Checkpoint> | null;
  if (!c || typeof c !== 'object') return undefined;
  const ok =
    Number.isSafeInteger(c.size) &&
    typeof c.root === 'string' &&
    typeof c.at === 'string' &&
    typeof c.keyId === 'string' &&
    typeof c.signature === 'string' &&
    !!c.heads &&
    typeof c.heads === 'object' &&
    Object.values(c.heads).every((v) => Number.isSafeInteger(v));
  return ok ? (c as Checkpoint) : undefined;
}
