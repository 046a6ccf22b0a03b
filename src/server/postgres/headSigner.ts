import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Signs each ärende's chain head with a key the database does not hold, so someone who can write
 * to the database and recompute SHA-256 still cannot rewrite history unnoticed.
 */
export interface HeadSigner {
  /** Short SHA-256 of the public key: stored beside each signature so old keys stay verifiable. */
  readonly keyId: string;
  readonly publicKeyPem: string;
  sign(arendeId: string, seq: number, hash: string): string;
  /** True when `signature` was made by the key `keyId` (this signer's or a trusted one) over exactly these values. */
  verify(arendeId: string, seq: number, hash: string, signature: string, keyId: string): boolean;
  /** Signs a statement of another kind under its own domain tag (a ledger checkpoint), never mistaken for a head. */
  signStatement(domain: string, lines: readonly string[]): string;
  verifyStatement(domain: string, lines: readonly string[], signature: string, keyId: string): boolean;
}

export interface SignerOptions {
  /** PEM (PKCS#8) of the Ed25519 private key, e.g. from an environment variable. Wins over `keyFile`. */
  keyPem?: string;
  /** File holding the PEM, outside the database; created (mode 0600) when missing. */
  keyFile?: string;
  /** Public keys (PEM) of earlier keys whose signatures are still accepted, e.g. after a key rotation. */
  trustedPublicKeys?: readonly string[];
}

// A fixed domain tag: a signature over a chain head can never be replayed as any other statement.
const DOMAIN = 'kvalitetsflode/chain-head/v1';

function signedText(arendeId: string, seq: number, hash: string): Buffer {
  return Buffer.from(`${DOMAIN}\n${arendeId}\n${seq}\n${hash}`, 'utf8');
}

function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

function isMissing(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'ENOENT';
}

// Synchronous on purpose: it runs once at start-up, before anything else can use the key.
function readOrCreateKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (!isMissing(e)) throw e;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  mkdirSync(dirname(file), { recursive: true });
  try {
    // 'wx': two processes starting at once must not overwrite each other's fresh key.
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    return pem;
  } catch (e) {
    if ((e as { code?: string } | null)?.code === 'EEXIST') return readFileSync(file, 'utf8');
    throw e;
  }
}

/** A signer over an Ed25519 private key (PEM), accepting also the given older public keys. */
export function signerFromPem(privatePem: string, trustedPublicKeys: readonly string[] = []): HeadSigner {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(privatePem);
  } catch {
    throw new Error('Signeringsnyckeln kan inte läsas: den ska vara en privat Ed25519-nyckel i PEM-format (PKCS#8).');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`Signeringsnyckeln är av typen ${privateKey.asymmetricKeyType ?? 'okänd'}, men ska vara Ed25519.`);
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  const keys = new Map<string, KeyObject>([[keyId, publicKey]]);
  for (const pem of trustedPublicKeys) {
    const k = createPublicKey(pem);
    if (k.asymmetricKeyType !== 'ed25519') throw new Error('En betrodd publik nyckel är inte en Ed25519-nyckel.');
    keys.set(keyIdOf(k), k);
  }
  const check = (text: Buffer, signature: string, id: string) => {
    const key = keys.get(id);
    if (!key) return false;
    try {
      return verify(null, text, key, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  };
  const statement = (domain: string, lines: readonly string[]) => {
    if (domain === DOMAIN) throw new Error('En kontrollpunkt kan inte signeras som ett ärendes senaste händelse.');
    return Buffer.from([domain, ...lines].join('\n'), 'utf8');
  };
  return {
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (arendeId, seq, hash) => sign(null, signedText(arendeId, seq, hash), privateKey).toString('base64'),
    verify: (arendeId, seq, hash, signature, id) => check(signedText(arendeId, seq, hash), signature, id),
    signStatement: (domain, lines) => sign(null, statement(domain, lines), privateKey).toString('base64'),
    verifyStatement: (domain, lines, signature, id) => check(statement(domain, lines), signature, id),
  };
}

/**
 * The signer of this installation: the PEM given (environment) or the key file, which is generated
 * on the embedded default's first start.
 */
export function loadOrCreateSigner(options: SignerOptions): HeadSigner {
  if (options.keyPem) return signerFromPem(options.keyPem, options.trustedPublicKeys);
  if (!options.keyFile) throw new Error('Ingen signeringsnyckel: ange en PEM-nyckel eller en nyckelfil utanför databasen.');
  return signerFromPem(readOrCreateKeyFile(options.keyFile), options.trustedPublicKeys);
}
