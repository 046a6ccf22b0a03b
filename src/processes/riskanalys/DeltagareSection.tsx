import type { ArendeState } from '../../engine/index';
import { Field, stepChoiceTitles, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';

type Deltagande = { deltagare?: { namn: string; funktion: string }[]; skyddsombudDeltar?: boolean; skalUtanSkyddsombud?: string };

/** Who took part in the riskanalys, and whether the skyddsombud did (or why not). */
export function DeltagareSection({ state }: { state: ArendeState }) {
  const { catalog } = useServices();
  const deltagare = stepData(state, 'deltagare.submit') as Deltagande | undefined;
  const funktion = stepChoiceTitles(catalog, state, 'deltagare.submit', ['deltagare', 'items', 'funktion']);
  return (
    <section aria-labelledby="deltagare-rubrik">
      <h2 id="deltagare-rubrik">Deltagare</h2>
      {deltagare ? (
        <>
          <table>
            <caption>Deltagare i riskanalysen</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th>
                <th scope="col">Funktion</th>
              </tr>
            </thead>
            <tbody>
              {(deltagare.deltagare ?? []).map((d, i) => (
                <tr key={i}>
                  <th scope="row">{d.namn}</th>
                  <td>{funktion.get(d.funktion) ?? d.funktion}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="doc-fields">
            <Field label="Skyddsombud deltar" value={deltagare.skyddsombudDeltar} />
            <Field label="Skäl till att skyddsombud inte deltar" value={deltagare.skalUtanSkyddsombud} />
          </dl>
        </>
      ) : (
        <p>Deltagarna är inte angivna ännu.</p>
      )}
    </section>
  );
}
