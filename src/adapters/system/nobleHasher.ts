import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Hasher } from '../../engine/internal';

/** SHA-256 in pure JS: synchronous, the same in the browser, Node and a future server. */
export const nobleHasher: Hasher = {
  sha256Hex: (text) => bytesToHex(sha256(utf8ToBytes(text))),
};
