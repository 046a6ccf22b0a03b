import type { BackupFile, ImportResult } from '../../engine/index';
import { countOf, formatNumber } from '../../kit/format';

/** What an export holds, said once it is made. */
export function exportedText(file: BackupFile): string {
  return (
    `Säkerhetskopian är skapad: ${countOf(file.events.length, 'händelse', 'händelser')} och ` +
    `${countOf(file.definitions.length, 'processdefinition', 'processdefinitioner')}, signerad av servern.`
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
