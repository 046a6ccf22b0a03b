import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { loadOrCreateSigner, signerFromPem } from '../../src/server/postgres/headSigner';
import { newPrivatePem } from './testSigner';

const dir = mkdtempSync(join(tmpdir(), 'kf-signer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HASH = 'a'.repeat(64);

describe('headSigner', () => {
  it('creates the key file on first start (owner-only), and reuses it afterwards', () => {
    const file = join(dir, 'nycklar', 'huvud.pem');
    const first = loadOrCreateSigner({ keyFile: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('BEGIN PRIVATE KEY');
    const again = loadOrCreateSigner({ keyFile: file });
    expect(again.keyId).toBe(first.keyId);
    expect(first.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(again.verify('arende:a', 3, HASH, first.sign('arende:a', 3, HASH), first.keyId)).toBe(true);
  });

  it('prefers a PEM given directly over the file', () => {
    const pem = newPrivatePem();
    expect(loadOrCreateSigner({ keyPem: pem, keyFile: join(dir, 'anvands-inte.pem') }).keyId).toBe(signerFromPem(pem).keyId);
    expect(() => statSync(join(dir, 'anvands-inte.pem'))).toThrow();
  });

  it('signs exactly the ärende, seq and hash', () => {
    const s = signerFromPem(newPrivatePem());
    const sig = s.sign('arende:a', 3, HASH);
    expect(s.verify('arende:a', 3, HASH, sig, s.keyId)).toBe(true);
    expect(s.verify('arende:b', 3, HASH, sig, s.keyId)).toBe(false);
    expect(s.verify('arende:a', 4, HASH, sig, s.keyId)).toBe(false);
    expect(s.verify('arende:a', 3, 'b'.repeat(64), sig, s.keyId)).toBe(false);
    expect(s.verify('arende:a', 3, HASH, 'inte-en-signatur', s.keyId)).toBe(false);
    expect(s.verify('arende:a', 3, HASH, sig, 'okandnyckel')).toBe(false);
  });

  it("accepts an older key's signatures only when that key is trusted", () => {
    const old = signerFromPem(newPrivatePem());
    const sig = old.sign('arende:a', 1, HASH);
    expect(signerFromPem(newPrivatePem(), [old.publicKeyPem]).verify('arende:a', 1, HASH, sig, old.keyId)).toBe(true);
    expect(signerFromPem(newPrivatePem()).verify('arende:a', 1, HASH, sig, old.keyId)).toBe(false);
  });

  it('refuses what is not an Ed25519 private key, in Swedish', () => {
    expect(() => signerFromPem('skräp')).toThrow('Signeringsnyckeln kan inte läsas');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => signerFromPem(rsa)).toThrow('ska vara Ed25519');
    expect(() => loadOrCreateSigner({})).toThrow('Ingen signeringsnyckel');
  });
});
