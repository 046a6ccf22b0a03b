import type { BackupFile } from '../../engine/index';

/** Saves the signed file in the browser's downloads, named by its date. */
export function downloadBackup(file: BackupFile): void {
  const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `kvalitetsflode-sakerhetskopia-${file.exportedAt.slice(0, 10)}.json`;
  a.click();
  URL.revokeObjectURL(a.href);
}
