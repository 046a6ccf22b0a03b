import { createHash } from 'node:crypto';

// RFC 6962 (§2.1) / RFC 9162 Merkle Tree Hash: leaves and inner nodes hashed with distinct prefixes, the tree split at
// the largest power of two below its size, so a checkpoint's root covers exactly the first `size` entries.

const sha256 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

/** MTH of one entry: SHA-256(0x00 || entry). */
export const leafHash = (entry: Uint8Array): Buffer => sha256(LEAF, entry);

/** An inner node: SHA-256(0x01 || left || right). */
export const nodeHash = (left: Uint8Array, right: Uint8Array): Buffer => sha256(NODE, left, right);

/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT = sha256().toString('hex');

/**
 * The tree grown one leaf at a time, keeping only the roots of its perfect subtrees (one per set bit of its size,
 * largest first): memory stays logarithmic however long the log is, and the root of every size on the way is at hand.
 */
export class MerkleAccumulator {
  private readonly stack: { size: number; hash: Buffer }[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(hash: Buffer): void {
    let node = { size: 1, hash };
    // Two perfect subtrees of the same size make one of twice the size (the left is the older).
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.size === node.size) {
      const left = this.stack.pop()!;
      node = { size: left.size * 2, hash: nodeHash(left.hash, node.hash) };
    }
    this.stack.push(node);
    this.count += 1;
  }

  /** The perfect subtrees' roots, largest first (hex): with the size, all that is needed to grow the tree on. */
  frontier(): string[] {
    return this.stack.map((n) => n.hash.toString('hex'));
  }

  /** The tree of `size` leaves from its frontier; undefined when the frontier cannot be one of that size. */
  static resume(size: number, frontier: readonly string[]): MerkleAccumulator | undefined {
    const sizes = [...size.toString(2)].flatMap((bit, i, all) => (bit === '1' ? [2 ** (all.length - 1 - i)] : []));
    if (!Number.isSafeInteger(size) || size < 1 || sizes.length !== frontier.length) return undefined;
    if (!frontier.every((h) => /^[0-9a-f]{64}$/.test(h))) return undefined;
    const tree = new MerkleAccumulator();
    sizes.forEach((s, i) => tree.stack.push({ size: s, hash: Buffer.from(frontier[i]!, 'hex') }));
    tree.count = size;
    return tree;
  }

  /** The Merkle Tree Hash of the leaves pushed so far, hex. */
  root(): string {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let acc = this.stack[this.stack.length - 1]!.hash;
    for (let i = this.stack.length - 2; i >= 0; i--) acc = nodeHash(this.stack[i]!.hash, acc);
    return acc.toString('hex');
  }
}

/** The entry an event is in the ledger: its ärende, number and chain hash (the chain covers its content). */
export function ledgerEntry(arendeId: string, seq: number, hash: string): Buffer {
  return Buffer.from(`${arendeId}\n${seq}\n${hash}`, 'utf8');
}
