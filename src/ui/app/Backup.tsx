import { useState } from 'react';
import { readBackupFile } from './readBackupFile';
import { useServices } from './services';
import { useLoad } from './useLoad';

/** Persistent storage status, export of everything to one file, and import with full validation first. */
export function Backup() {
  const { storage } = useServices();
  const { data: persisted, reload } = useLoad(() => storage.persisted(), [storage]);
  const [status, setStatus] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number }>();

  const exportNow = async () => {
    const file = await storage.exportBackup();
    const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `kvalitetsflode-sakerhetskopia-${file.exportedAt.slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
    setStatus(`Säkerhetskopian är skapad: ${file.events.length} händelser och ${file.definitions.length} processdefinitioner.`);
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
    setStatus('Kontrollerar hela filen innan något sparas …');
    const result = await storage.importBackup(read.data, (done, total) => setProgress({ done, total }));
    setProgress(undefined);
    if (result.ok) setStatus(`Importen är klar: ${result.arenden} ärenden och ${result.events} händelser importerades${result.skipped ? `, ${result.skipped} fanns redan` : ''}.`);
    else {
      setStatus(undefined);
      setErrors(['Filen godtogs inte. Inget har importerats.', ...result.errors]);
    }
  };

  return (
    <>
      <h1>Säkerhetskopia</h1>
      <section aria-labelledby="lagring-rubrik">
        <h2 id="lagring-rubrik">Lagring i webbläsaren</h2>
        <p>
          {persisted === undefined
            ? 'Kontrollerar …'
            : persisted
              ? 'Beständig lagring är beviljad: webbläsaren tar inte bort uppgifterna när utrymmet blir knappt.'
              : 'Beständig lagring är inte beviljad. Webbläsaren kan ta bort uppgifterna om utrymmet blir knappt – ta säkerhetskopior regelbundet.'}
        </p>
        {persisted === false && (
          <button type="button" onClick={() => void storage.requestPersistence().then(reload)}>
            Be om beständig lagring
          </button>
        )}
      </section>
      <section aria-labelledby="export-rubrik">
        <h2 id="export-rubrik">Exportera</h2>
        <p>Spara alla ärenden, hela deras historik och processdefinitionerna i en fil.</p>
        <button type="button" className="primary" onClick={() => void exportNow()}>
          Exportera säkerhetskopia
        </button>
      </section>
      <section aria-labelledby="import-rubrik">
        <h2 id="import-rubrik">Importera</h2>
        <p>Hela filen kontrolleras först: format, processdefinitioner, kontrollsummor och att varje steg följer processen. Vid minsta fel importeras ingenting.</p>
        <label htmlFor="importfil">Välj säkerhetskopia (JSON)</label>
        <input id="importfil" type="file" accept="application/json,.json" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
      </section>
      {progress && (
        <p>
          <label htmlFor="import-progress">Kontrollerar ärenden</label>
          <progress id="import-progress" max={progress.total} value={progress.done}>
            {progress.done} av {progress.total}
          </progress>
        </p>
      )}
      <div aria-live="polite">{status && <p className="success">{status}</p>}</div>
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
