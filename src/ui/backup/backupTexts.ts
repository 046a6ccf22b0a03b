import type { BackupKeys, EncryptedBackup } from '../../api/contract';
import type { ImportResult } from '../../engine/index';
import { countOf, formatNumber } from '../../kit/format';

/** What an export holds, said once it is made (the administratör cannot open the file to see). */
export function exportedText(exported: EncryptedBackup): string {
  const to = exported.demonyckel ? 'demonyckeln (bara för demo)' : countOf(exported.mottagare, 'mottagarnyckel', 'mottagarnycklar');
  return (
    `Säkerhetskopian är skapad: ${countOf(exported.handelser, 'händelse', 'händelser')} och ` +
    `${countOf(exported.definitioner, 'processdefinition', 'processdefinitioner')}, signerad av servern och krypterad till ${to}. ` +
    `Filen heter ${exported.filnamn}.`
  );
}

/** Who can read the backups: the förvaltning's keys, or the demo key and where its private part is. */
export function keysText(keys: BackupKeys): string {
  if (keys.hinder) return keys.hinder;
  if (keys.demonyckel)
    return (
      'Demonyckel: utan inställda mottagarnycklar krypteras filen till ett demonyckelpar som servern skapade. Den privata nyckeln ' +
      `ligger i ${keys.demonyckelFil ?? 'datamappen'} – bara för demo, eftersom den som når datamappen kan läsa kopiorna.`
    );
  return (
    `Filen krypteras till ${countOf(keys.mottagare.length, 'publik nyckel', 'publika nycklar')} som förvaltningen har bestämt. Bara den ` +
    'som har en av de privata nycklarna kan läsa den, inte du som exporterar.'
  );
}

/** What an accepted import brought in, and what was there already or waits to be registered again. */
export function importedText(result: Extract<ImportResult, { ok: true }>): string {
  const skipped = result.skipped ? `, ${formatNumber(result.skipped)} fanns redan` : '';
  const inkomna = result.inkomna
    ? `. ${countOf(result.inkomna, 'meddelande', 'meddelanden')} från webbformuläret väntar åter på att registreras`
    : '';
  return (
    `Importen är klar: ${countOf(result.arenden, 'ärende', 'ärenden')} och ${countOf(result.events, 'händelse', 'händelser')} ` +
    `importerades${skipped}${inkomna}.`
  );
}
