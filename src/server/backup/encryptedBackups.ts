import type { BackupFile, ImportResult } from '../../engine/internal';
import type { BackupService } from '../ServerContext';
import type { BackupCipher } from './backupCipher';

/** The signed, plain backup under the encryption: made and checked by `backupService.ts` (or the engine in memory). */
export interface SignedBackups {
  exportAll(): Promise<BackupFile>;
  importFile(file: unknown, userId: string): Promise<ImportResult>;
}

const refused = (error: string): ImportResult => ({ ok: false, errors: [`${error} Inget har importerats.`] });

/** An import body that carries an encrypted file (and, it must, the private key that opens it). */
function encryptedPart(body: unknown): { sakerhetskopia: unknown; nyckel: unknown } | undefined {
  const b = body as { sakerhetskopia?: unknown; nyckel?: unknown } | null;
  return b && typeof b === 'object' && 'sakerhetskopia' in b ? { sakerhetskopia: b.sakerhetskopia, nyckel: b.nyckel } : undefined;
}

/**
 * Encrypts every export to the förvaltning's public keys and opens an import only with the private key given with it
 * (used for that request alone: never stored, never logged). An older plain file still imports, checked as before.
 */
export function encryptedBackups(signed: SignedBackups, cipher: BackupCipher): BackupService {
  const { keys } = cipher;
  return {
    keys: {
      mottagare: keys.recipients,
      demonyckel: keys.demoKey,
      ...(keys.demoKeyFile ? { demonyckelFil: keys.demoKeyFile } : {}),
      ...(keys.refusal ? { hinder: keys.refusal } : {}),
    },
    async exportAll() {
      if (keys.refusal) throw new Error(keys.refusal);
      const file = await signed.exportAll();
      const last = file.kontrollpunkter?.at(-1);
      return {
        filnamn: `kvalitetsflode-${file.exportedAt.slice(0, 10)}${keys.demoKey ? '-demonyckel' : ''}.age`,
        sakerhetskopia: await cipher.seal(JSON.stringify(file)),
        demonyckel: keys.demoKey,
        mottagare: keys.recipients.length,
        arenden: new Set(file.events.map((e) => e.arendeId)).size,
        handelser: file.events.length,
        definitioner: file.definitions.length,
        ...(last ? { kontrollpunkt: { size: last.size, root: last.root, at: last.at } } : {}),
      };
    },
    async importFile(body, userId) {
      const part = encryptedPart(body);
      if (!part) return signed.importFile(body, userId);
      if (typeof part.sakerhetskopia !== 'string') return refused('Fältet sakerhetskopia ska vara den krypterade filens text.');
      if (typeof part.nyckel !== 'string' || part.nyckel.trim() === '')
        return refused('Ange den privata nyckeln (AGE-SECRET-KEY-1…) som öppnar säkerhetskopian.');
      const opened = await cipher.open(part.sakerhetskopia, part.nyckel);
      if (!opened.ok) return refused(opened.error);
      let file: unknown;
      try {
        file = JSON.parse(opened.text);
      } catch {
        return refused('Den dekrypterade filen är inte en säkerhetskopia från Kvalitetsflöde (inte JSON).');
      }
      return signed.importFile(file, userId);
    },
  };
}
