import type { HeadSigner } from '../postgres/headSigner';
import type { BackupFile, BackupIntakeItem, Hasher, SignedHead } from '../../engine/internal';
import { INTAKE_HEAD_ID, intakeDigest } from '../../engine/internal';

/** A backup with every chain head signed, and the waiting public submissions signed as one list. */
export function signedBackup(
  file: BackupFile,
  heads: readonly SignedHead[],
  signer: HeadSigner,
  inkomna: readonly BackupIntakeItem[] = [],
  hasher?: Hasher,
): BackupFile {
  const signed: BackupFile = { ...file, formatVersion: 2, heads: [...heads], publicKeys: [signer.publicKeyPem] };
  if (!inkomna.length || !hasher) return signed;
  const hash = intakeDigest(hasher, inkomna);
  return {
    ...signed,
    inkomna: [...inkomna],
    inkomnaSignatur: { count: inkomna.length, hash, keyId: signer.keyId, signature: signer.sign(INTAKE_HEAD_ID, inkomna.length, hash) },
  };
}

/** The `inkomna` list must be exactly what a trusted server signed; empty when it is (or the file has none). */
function intakeProblems(file: Partial<BackupFile>, signer: HeadSigner, hasher: Hasher): string[] {
  const items = file.inkomna;
  const sig = file.inkomnaSignatur;
  if (items === undefined && sig === undefined) return [];
  if (!Array.isArray(items) || !sig || typeof sig !== 'object')
    return ['Filens inkomna meddelanden saknar signatur (eller signaturen saknar meddelanden).'];
  if (
    sig.count !== items.length ||
    sig.hash !== intakeDigest(hasher, items) ||
    !signer.verify(INTAKE_HEAD_ID, sig.count, sig.hash, sig.signature, sig.keyId)
  )
    return [
      'Filens inkomna meddelanden stämmer inte med signaturen: de har ändrats, lagts till eller tagits bort, eller är signerade ' +
        'med en nyckel som servern inte litar på.',
    ];
  return [];
}

/**
 * Every ärende in the file must end in a head signed by a key this server trusts (its own or a
 * configured one), and so must its waiting submissions. Returns what is wrong, in Swedish; empty when all hold.
 */
export function verifyBackupSignatures(input: unknown, signer: HeadSigner, hasher: Hasher): string[] {
  const file = input as Partial<BackupFile> | null;
  if (!file || typeof file !== 'object' || file.format !== 'kvalitetsflode-backup')
    return ['Filen är inte en säkerhetskopia från Kvalitetsflöde.'];
  if (file.formatVersion !== 2 || !Array.isArray(file.heads))
    return [
      'Filen saknar signerade kedjehuvuden (den kommer från webbläsarversionen eller är ändrad). Servern läser bara in ' +
        'säkerhetskopior som en Kvalitetsflöde-server har signerat.',
    ];
  if (!Array.isArray(file.events)) return ['Filen saknar händelser.'];
  const last = new Map<string, { seq: number; hash: string }>();
  for (const e of file.events) {
    const prev = last.get(e?.arendeId);
    if (!prev || e.seq > prev.seq) last.set(e?.arendeId, { seq: e?.seq, hash: e?.hash });
  }
  const heads = new Map(file.heads.map((h) => [h?.arendeId, h]));
  const problems: string[] = [];
  for (const [arendeId, end] of last) {
    const head = heads.get(arendeId);
    if (!head) problems.push(`Ärendet ${arendeId} saknar signerat kedjehuvud.`);
    else if (head.seq !== end.seq || head.hash !== end.hash)
      problems.push(
        `Ärendet ${arendeId}: den signerade senaste händelsen (nummer ${head.seq}) stämmer inte med filens sista (nummer ` +
          `${end.seq}) – händelser har tagits bort eller lagts till.`,
      );
    else if (!signer.verify(arendeId, head.seq, head.hash, head.signature, head.keyId))
      problems.push(`Ärendet ${arendeId}: signaturen stämmer inte eller är gjord med en nyckel som servern inte litar på.`);
    if (problems.length >= 20) break;
  }
  for (const arendeId of heads.keys())
    if (!last.has(arendeId) && problems.length < 20)
      problems.push(`Ärendet ${arendeId} har ett signerat kedjehuvud men inga händelser i filen.`);
  return [...problems, ...intakeProblems(file, signer, hasher)];
}
