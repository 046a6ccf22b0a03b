import { keysText } from './backupTexts';
import { useBackup } from './useBackup';

/** Export of the whole record to one signed, encrypted file (after an integrity check), and import with every check first. */
export function Backup() {
  const { keys, keysError, status, errors, busy, nyckel, setNyckel, exportNow, importFile } = useBackup();

  return (
    <>
      <h1>Säkerhetskopia</h1>
      <p>
        Ärendena finns på servern. Driften tar säkerhetskopior av hela databasen (se README, ”Drift”); här kan du dessutom spara alla
        ärenden och processdefinitioner i en fil som servern har signerat och som är krypterad till nämndens nycklar.
      </p>
      <section aria-labelledby="export-rubrik">
        <h2 id="export-rubrik">Exportera</h2>
        <p>
          Först kontrolleras varje ärendes kedja av händelser och serverns signatur, och en kontrollpunkt av hela loggen tas. Hittas ett fel
          skapas ingen fil.
        </p>
        {keys && <p className={keys.hinder ? 'rejection' : 'hint'}>{keysText(keys)}</p>}
        {keysError && <p className="rejection">{keysError.message}</p>}
        <button type="button" className="primary" disabled={busy || !keys || !!keys.hinder} onClick={() => void exportNow()}>
          Exportera säkerhetskopia
        </button>
      </section>
      <section aria-labelledby="import-rubrik">
        <h2 id="import-rubrik">Importera</h2>
        <p>
          Hela filen kontrolleras först: att nyckeln öppnar den, format, serverns signaturer, att loggen stämmer med filens kontrollpunkter,
          kontrollsummor, att varje steg följer processen och att varje person hade sin roll för enheten när steget gjordes. Vid minsta fel
          importeras ingenting.
        </p>
        <label htmlFor="importnyckel">Privat nyckel (AGE-SECRET-KEY-1…)</label>
        <input
          id="importnyckel"
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="importnyckel-hint"
          value={nyckel}
          disabled={busy}
          onChange={(e) => setNyckel(e.target.value)}
        />
        <p id="importnyckel-hint" className="hint">
          Nyckeln skickas bara med den här importen och sparas inte. En äldre okrypterad fil (JSON) behöver ingen nyckel.
        </p>
        <label htmlFor="importfil">Välj säkerhetskopia (.age eller äldre .json)</label>
        <input
          id="importfil"
          type="file"
          accept=".age,.json,application/json,text/plain"
          disabled={busy}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) void importFile(chosen);
          }}
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
