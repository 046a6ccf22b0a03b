import type { EncryptedBackup } from '../../api/contract';

/** Saves the encrypted file (ASCII-armoured age) in the browser's downloads, under the name the server gave it. */
export function downloadBackup(exported: EncryptedBackup): void {
  const blob = new Blob([exported.sakerhetskopia], { type: 'text/plain' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = exported.filnamn;
  a.click();
  URL.revokeObjectURL(a.href);
}
