import type { StepPanelProps } from '../../kit/PackUi';
import { Kriterier, Riskvarde, useTitles } from './RegisterCells';
import { atgardFromRow, registerRows } from './registerRows';
import { atgardOf, NOT_GIVEN, STATUS, watched } from './registerStatus';

/** The register on the case page: the verksamhetschef reads it before approving; after that, a risk becomes an åtgärd with one click. */
export function RegisterPanel({ state, commandOpener }: StepPanelProps) {
  const rows = registerRows(state.snapshot.context);
  const { kriterier } = useTitles(state);
  const open = commandOpener('atgard.lagg_till');
  const watch = commandOpener('risk.egenkontroll');
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="register-rubrik" className="register-panel">
      <h3 id="register-rubrik">Riskregistret</h3>
      <table>
        <caption className="visually-hidden">Risker i registret med kvalitetsområden, riskvärde och åtgärd</caption>
        <thead>
          <tr>
            <th scope="col">Nr</th>
            <th scope="col">Process</th>
            <th scope="col">Egenkontroll</th>
            <th scope="col">Risk</th>
            <th scope="col">Kvalitetsområden</th>
            <th scope="col">Riskvärde</th>
            <th scope="col">Åtgärd i registret</th>
            {(open || watch) && (
              <th scope="col">
                <span className="visually-hidden">Gör till åtgärd eller egenkontroll</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const made = atgardOf(state, row);
            return (
              <tr key={row.nr}>
                <td>{row.nr}</td>
                <td>{row.process}</td>
                <td>{row.egenkontroll ?? NOT_GIVEN}</td>
                <td>{row.risk}</td>
                <td>
                  <Kriterier row={row} titles={kriterier} />
                </td>
                <Riskvarde row={row} />
                <td>{row.atgard?.vad ?? NOT_GIVEN}</td>
                {(open || watch) && (
                  <td className="actions">
                    {made ? (
                      <p>Åtgärd registrerad ({STATUS[made.status]})</p>
                    ) : open ? (
                      <button type="button" onClick={() => open(atgardFromRow(row), `risk-${row.nr}`)}>
                        Gör till åtgärd<span className="visually-hidden">: risk nr {row.nr}</span>
                      </button>
                    ) : null}
                    {watched(state, row) ? (
                      <p>Egenkontroll planerad (länkad)</p>
                    ) : watch ? (
                      <button type="button" onClick={() => watch({ riskNr: row.nr }, `egenkontroll-${row.nr}`)}>
                        Gör till egenkontroll<span className="visually-hidden">: risk nr {row.nr}</span>
                      </button>
                    ) : null}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
