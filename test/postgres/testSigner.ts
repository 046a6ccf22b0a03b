import { generateKeyPairSync } from 'node:crypto';
import { signerFromPem } from '../../src/server/postgres/headSigner';
import type { HeadSigner } from '../../src/server/postgres/headSigner';

/** A fresh Ed25519 key per call, never written to disk. */
export function newPrivatePem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function testSigner(trusted: readonly string[] = []): HeadSigner {
  return signerFromPem(newPrivatePem(), trusted);
}
