import { createHash } from 'node:crypto';
import type { Hasher } from '../../engine/internal';

/** SHA-256 through Node's OpenSSL: for Node (tests, benchmarks, a future server), never bundled for the browser. */
export const nodeHasher: Hasher = {
  sha256Hex: (text) => createHash('sha256').update(text).digest('hex'),
};
