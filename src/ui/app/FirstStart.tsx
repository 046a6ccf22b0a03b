import { useState } from 'react';
import { readBackupFile } from './readBackupFile';

export interface FirstStartProps {
  onDemo(): Promise<void>;
  onRestore(file: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }>;
}

/** First start of an empty browser profile: demo data, or restore a backup (nothing is mixed). */
export function FirstStart({ onDemo, onRestore }: FirstStartProps) {
  const [busy, setBusy] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);
  const restore = async (file: File) => {
    setErrors([]);
    setBusy('Kontrollerar säkerhetskopian …');
    const read = await readBackupFile(file);
    if (!read.ok) {
      setBusy(undefined);
      setErrors([read.error]);
      return;
    }
    const r = await onRestore(read.data);
    if (!r.ok) {
      setBusy(undefined);
      setErrors(['Filen godtogs inte. Inget har importerats.', ...r.errors]);
    }
  };
  return (
    <main id="huvudinnehall" className="first-start">
      <h1>Välkommen till Kvalitetsflöde</h1>
      <p>Den här webbläsaren har inga uppgifter ännu. Allt du gör sparas bara här, i webbläsarens databas.</p>
      <section aria-labelledby="demo-rubrik">
        <h2 id="demo-rubrik">Prova med demodata</h2>
        <p>En demoorganisation med en förvaltning, två verksamheter, fyra enheter, en användare per roll och ett dussin exempelärenden.</p>
        <button type="button" className="primary" disabled={!!busy} onClick={() => (setBusy('Skapar demodata …'), void onDemo())}>
          Starta med demodata
        </button>
      </section>
      <section aria-labelledby="aterstall-rubrik">
        <h2 id="aterstall-rubrik">Återställ från säkerhetskopia</h2>
        <label htmlFor="forsta-import">Välj säkerhetskopia (JSON)</label>
        <input id="forsta-import" type="file" accept="application/json,.json" disabled={!!busy} onChange={(e) => e.target.files?.[0] && void restore(e.target.files[0])} />
      </section>
      <div aria-live="polite">{busy && <p>{busy}</p>}</div>
      {errors.length > 0 && (
        <div role="alert" className="rejection">
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </main>
  );
}
