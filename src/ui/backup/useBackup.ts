import { useState } from 'react';
import { BackendError } from '../../api/Backend';
import { useServices } from '../../kit/services';
import { exportedText, importedText } from './backupTexts';
import { downloadBackup } from './downloadBackup';
import { readBackupFile } from './readBackupFile';

/** Export and import of the signed backup file, with what is going on (`status`) and why it failed (`errors`). */
export function useBackup() {
  const { backend } = useServices();
  const [status, setStatus] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    setErrors([]);
    setBusy(true);
    setStatus('Kontrollerar hela loggen och skapar säkerhetskopian …');
    try {
      const file = await backend.exportBackup();
      downloadBackup(file);
      setStatus(exportedText(file));
    } catch (e) {
      setStatus(undefined);
      setErrors([(e as Error).message, ...(e instanceof BackendError ? e.details : [])]);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setErrors([]);
    setStatus('Läser filen …');
    const read = await readBackupFile(file);
    if (!read.ok) {
      setStatus(undefined);
      setErrors([read.error]);
      return;
    }
    setBusy(true);
    setStatus('Servern kontrollerar hela filen innan något sparas …');
    try {
      const result = await backend.importBackup(read.data);
      if (result.ok) setStatus(importedText(result));
      else {
        setStatus(undefined);
        setErrors(['Filen godtogs inte. Inget har importerats.', ...result.errors]);
      }
    } catch (e) {
      setStatus(undefined);
      setErrors(['Filen godtogs inte. Inget har importerats.', (e as Error).message]);
    } finally {
      setBusy(false);
    }
  };

  return { status, errors, busy, exportNow, importFile };
}
