import { useState } from 'react';
import { BackendError } from '../../api/Backend';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { exportedText, importedText } from './backupTexts';
import { downloadBackup } from './downloadBackup';
import { readBackupFile } from './readBackupFile';

const REFUSED = 'Filen godtogs inte. Inget har importerats.';

/**
 * Export of the encrypted backup and import of one with the private key that opens it (kept in this page's state only,
 * cleared after each import), with what is going on (`status`) and why it failed (`errors`).
 */
export function useBackup() {
  const { backend } = useServices();
  const keys = useLoad(() => backend.backupKeys(), [backend]);
  const [status, setStatus] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [nyckel, setNyckel] = useState('');

  const fail = (messages: string[]) => {
    setStatus(undefined);
    setErrors(messages);
  };

  const exportNow = async () => {
    setErrors([]);
    setBusy(true);
    setStatus('Kontrollerar hela loggen och skapar säkerhetskopian …');
    try {
      const exported = await backend.exportBackup();
      downloadBackup(exported);
      setStatus(exportedText(exported));
    } catch (e) {
      fail([(e as Error).message, ...(e instanceof BackendError ? e.details : [])]);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setErrors([]);
    setStatus('Läser filen …');
    const read = await readBackupFile(file);
    if (!read.ok) return fail([read.error]);
    if (read.kind === 'encrypted' && nyckel.trim() === '')
      return fail([REFUSED, 'Filen är krypterad: ange den privata nyckeln (AGE-SECRET-KEY-1…) och välj filen igen.']);
    setBusy(true);
    setStatus('Servern kontrollerar hela filen innan något sparas …');
    try {
      const result = await backend.importBackup(read.kind === 'encrypted' ? { sakerhetskopia: read.text, nyckel } : read.data);
      if (result.ok) setStatus(importedText(result));
      else fail([REFUSED, ...result.errors]);
    } catch (e) {
      fail([REFUSED, (e as Error).message]);
    } finally {
      setNyckel('');
      setBusy(false);
    }
  };

  return { keys: keys.data, keysError: keys.error, status, errors, busy, nyckel, setNyckel, exportNow, importFile };
}
