import { useBackup } from './useBackup';

/** Export of the whole record to one signed file (after an integrity check), and import with every check first. */
export function Backup() {
  const { status, errors, busy, exportNow, importFile } = useBackup();

  return (
    <>
      <h1>Säkerhetskopia</h1>
      <p>
        Ärendena finns på servern. Driften tar säkerhetskopior av hela databasen (se README, ”Drift”); här kan du dessutom spara alla
        ärenden och processdefinitioner i en fil som servern har signerat.
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
          Hela filen kontrolleras först: format, serverns signaturer, kontrollsummor, att varje steg följer processen och att varje person
          hade sin roll för enheten när steget gjordes. Vid minsta fel importeras ingenting.
        </p>
        <label htmlFor="importfil">Välj säkerhetskopia (JSON)</label>
        <input
          id="importfil"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])}
        />
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
