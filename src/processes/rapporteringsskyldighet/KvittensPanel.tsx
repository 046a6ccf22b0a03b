import type { ArendeState } from '../../engine/index';
import { countOf, formatDate } from '../../kit/format';
import { stepChoiceTitles, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';
import { KVITTENS_EVENT, latestRows, SATT_TITLES, statusOf } from './kvittenser';
import type { PersonRow, PersonStatus } from './kvittenser';

/** How one person stands, in words: when and how she acknowledged, or by when she is (or was) to be informed. */
function StatusText({ status, satt }: { status: PersonStatus; satt: Map<string, string> }) {
  if (status.kind === 'kvitterad')
    return (
      <>
        Kvitterad {formatDate(status.datum)}
        {status.satt ? ` – ${satt.get(status.satt) ?? SATT_TITLES[status.satt] ?? status.satt}` : ''}
      </>
    );
  if (status.kind === 'forsenad') return <strong>Försenad – skulle ha fått informationen senast {formatDate(status.due)}</strong>;
  return <>Saknas{status.due ? ` – ska få informationen senast ${formatDate(status.due)}` : ''}</>;
}

/**
 * Whatever the step: everyone the year's information covers at the enhet, who has acknowledged it (when and how),
 * in the app or on paper, who is still missing, and who is past the rutin's four weeks, so the enhetschef sees whom to inform.
 */
export function KvittensPanel({ state }: { state: ArendeState }) {
  const { catalog, now } = useServices();
  const information = stepData(state, 'information.submit');
  const rows: PersonRow[] = latestRows(state.snapshot.context);
  const today = now().slice(0, 10);
  const datum = typeof information?.datum === 'string' ? information.datum : undefined;
  const grupp = stepChoiceTitles(catalog, state, KVITTENS_EVENT, ['personer', 'items', 'grupp']);
  const satt = stepChoiceTitles(catalog, state, KVITTENS_EVENT, ['kvittenser', 'items', 'satt']);
  const statuses = rows.map((row) => statusOf(row, datum, today));
  const done = statuses.filter((s) => s.kind === 'kvitterad').length;
  const late = statuses.filter((s) => s.kind === 'forsenad').length;
  return (
    <section aria-labelledby="kvittenser-rubrik">
      <h2 id="kvittenser-rubrik">Vilka har fått informationen</h2>
      {rows.length === 0 ? (
        <p>Ingen har kvitterat och ingen är införd ännu. Lista alla som omfattas med &quot;För in kvittenser&quot;.</p>
      ) : (
        <>
          <p>
            {done} av {rows.length} har kvitterat informationen
            {late > 0 ? `, ${countOf(late, 'är försenad', 'är försenade')}` : ''}.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Nr</th>
                <th scope="col">Namn</th>
                <th scope="col">Omfattas som</th>
                <th scope="col">Började</th>
                <th scope="col">Kvittens</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.nr}>
                  <td>{row.nr}</td>
                  <th scope="row">{row.namn}</th>
                  <td>{row.grupp === '' ? 'Kvitterade i appen, inte införd i listan' : (grupp.get(row.grupp) ?? row.grupp)}</td>
                  <td>{row.borjadeDatum ? formatDate(row.borjadeDatum) : ''}</td>
                  <td>
                    <StatusText status={statuses[i]!} satt={satt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
