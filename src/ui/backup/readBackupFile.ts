export type ReadBackup =
  { ok: true; kind: 'encrypted'; text: string } | { ok: true; kind: 'plain'; data: unknown } | { ok: false; error: string };

const ARMOUR = '-----BEGIN AGE ENCRYPTED FILE-----';

/** Reads a chosen file: an encrypted backup (age, ASCII armour) or an older plain one (JSON); else the Swedish reason. */
export async function readBackupFile(file: File): Promise<ReadBackup> {
  const text = await file.text();
  if (text.trimStart().startsWith(ARMOUR)) return { ok: true, kind: 'encrypted', text };
  if (text.startsWith('age-encryption.org/'))
    return {
      ok: false,
      error: 'Filen är krypterad med age men inte i textform. Gör om den med "age --armor" eller välj filen som exporterades här.',
    };
  try {
    return { ok: true, kind: 'plain', data: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      error: 'Filen är varken en krypterad säkerhetskopia (.age) eller en äldre säkerhetskopia i JSON. Inget har importerats.',
    };
  }
}
