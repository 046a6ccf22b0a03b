import { useState } from 'react';
import { WHOLE_LOG } from '../../api/contract';
import type { IntegrityReport } from '../../api/contract';
import { countOf, formatDateTime, formatNumber } from '../../kit/format';
import { arendeNumber } from '../../kit/labels';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';

const checked = (r: IntegrityReport) => `${countOf(r.arenden, 'ärende', 'ärenden')} och ${countOf(r.events, 'händelse', 'händelser')}`;

/** The check of every ärende's chain and the server's signature: run at start-up, before each export, and on request. */
export function Integrity() {
  const { backend } = useServices();
  const { data, error } = useLoad(() => backend.integrity(), [backend]);
  const [fresh, setFresh] = useState<IntegrityReport>();
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string>();
  const report = fresh ?? data ?? undefined;
  const run = async () => {
    setRunning(true);
    setProblem(undefined);
    try {
      setFresh(await backend.runIntegrity());
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <h1>Kontroll av loggen</h1>
      <p>
        Varje ärende är en kedja av händelser där varje händelse bär en kontrollsumma över den föregående, och servern signerar kedjans
        senaste händelse med en nyckel som inte finns i databasen. Hela loggen är dessutom en liggare: servern signerar kontrollpunkter
        (antalet händelser och en rot över dem alla) som sparas också utanför databasen. Kontrollen räknar om alla kedjor, prövar
        signaturerna, listraderna och kontrollpunkterna, så att en ändrad, borttagen eller tillbakarullad händelse eller ett raderat ärende
        upptäcks.
      </p>
      {error && <p role="alert">Resultatet kunde inte läsas: {error.message}</p>}
      {problem && <p role="alert">{problem}</p>}
      <div aria-live="polite">
        {running && <p>Kontrollerar …</p>}
        {!running && report === undefined && !error && data !== undefined && <p>Ingen kontroll har körts ännu.</p>}
        {!running && report && (
          <p className={report.ok ? 'success' : 'rejection'}>
            {report.ok
              ? `Allt stämmer: ${checked(report)} kontrollerades ${formatDateTime(report.checkedAt)}.`
              : `${formatNumber(report.problems.length)} fel hittades ${formatDateTime(report.checkedAt)} (${checked(report)} ` +
                `kontrollerades).`}
          </p>
        )}
      </div>
      {report && !report.ok && (
        <table>
          <caption>Fel i loggen</caption>
          <thead>
            <tr>
              <th scope="col">Ärende</th>
              <th scope="col">Händelse</th>
              <th scope="col">Vad som är fel</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((p) => (
              <tr key={`${p.arendeId}/${p.seq ?? ''}/${p.reason}`}>
                <td>
                  {p.arendeId === WHOLE_LOG ? (
                    'Hela loggen'
                  ) : (
                    <a href={href({ page: 'arende', id: p.arendeId })}>{arendeNumber(p.arendeId)}</a>
                  )}
                </td>
                <td>{p.seq ?? '–'}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report?.checkpoint && <CheckpointView report={report} checkpoint={report.checkpoint} />}
      <button type="button" disabled={running} onClick={() => void run()}>
        Kontrollera nu
      </button>
    </>
  );
}

/** The newest signed checkpoint of the whole log, and where it is kept outside the database: for the nämnd's records. */
function CheckpointView({ report, checkpoint }: { report: IntegrityReport; checkpoint: NonNullable<IntegrityReport['checkpoint']> }) {
  const signed = `${countOf(checkpoint.size, 'händelse', 'händelser')}, signerad ${formatDateTime(checkpoint.at)}`;
  return (
    <section aria-labelledby="kontrollpunkt-rubrik" className="checkpoint">
      <h2 id="kontrollpunkt-rubrik">Senaste kontrollpunkt</h2>
      <p>
        {`${signed} med nyckel ${checkpoint.keyId}. `}
        Rot:{' '}
        <code className="checkpoint-root" style={{ overflowWrap: 'anywhere' }}>
          {checkpoint.root}
        </code>
      </p>
      {report.witnessFile && (
        <p>
          Kontrollpunkterna sparas också utanför databasen, i <code>{report.witnessFile}</code>. Skriv ut den här sidan till nämndens
          handlingar: en senare kontroll kan jämföras med roten ovan.
        </p>
      )}
    </section>
  );
}
