import { useState } from 'react';
import { BackendError } from '../../api/Backend';
import { countOf, formatNumber } from '../../kit/format';
import { readBackupFile } from './readBackupFile';
import { useServices } from '../../kit/services';

/** Export of the whole record to one signed file (after an integrity check), and import with every check first. */
export function Backup() {
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
      const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `kvalitetsflode-sakerhetskopia-${file.exportedAt.slice(0, 10)}.json`;
      a.click();
      URL.revokeObjectURL(a.href);
      setStatus(`Säkerhetskopian är skapad: ${countOf(file.events.length, 'händelse', 'händelser')} och ${countOf(file.definitions.length, 'processdefinition', 'processdefinitioner')}, signerad av servern.`);
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
      if (result.ok)
        setStatus(
          `Importen är klar: ${countOf(result.arenden, 'ärende', 'ärenden')} och ${countOf(result.events, 'händelse', 'händelser')} importerades${result.skipped ? `, ${formatNumber(result.skipped)} fanns redan` : ''}${result.inkomna ? `. ${countOf(result.inkomna, 'meddelande', 'meddelanden')} från webbformuläret väntar åter på att registreras` : ''}.`,
        );
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

  return (
    <>
      <h1>Säkerhetskopia</h1>
      <p>
        Ärendena finns på servern. Driften tar säkerhetskopior av hela databasen (se README, ”Drift”); här kan du dessutom spara alla ärenden och
        processdefinitioner i en fil som servern har signerat.
      </p>
      <section aria-labelledby="export-rubrik">
        <h2 id="export-rubrik">Exportera</h2>
        <p>Först kontrolleras varje ärendes kedja av händelser och serverns signatur. Hittas ett fel skapas ingen fil.</p>
        <button type="button" className="primary" disabled={busy} onClick={() => void exportNow()}>
          Exportera säkerhetskopia
        </button>
      </section>
      <section aria-labelledby="import-rubrik">
        <h2 id="import-rubrik">Importera</h2>
        <p>
          Hela filen kontrolleras först: format, serverns signaturer, kontrollsummor, att varje steg följer processen och att varje person hade sin roll för
          enheten när steget gjordes. Vid minsta fel importeras ingenting.
        </p>
        <label htmlFor="importfil">Välj säkerhetskopia (JSON)</label>
        <input id="importfil" type="file" accept="application/json,.json" disabled={busy} onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
      </section>
      <div aria-live="polite">{status && <p className={busy ? undefined : 'success'}>{status}</p>}</div>
      {errors.length > 0 && (
        <div role="alert" className="rejection">
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
