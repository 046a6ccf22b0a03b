import { riskLabel, riskLevel } from '../../engine/index';

/**
 * The 4×4 risk matrix in colour, with the risk numbers in their cells and a text alternative; `withList: false` leaves out
 * the list of risks and scores for a document that shows them in its own table (the riskregister).
 */
export function RiskMatrix({
  risker,
  varderingar,
  withList = true,
}: {
  risker: { nr: number; beskrivning: string }[];
  varderingar: { nr: number; sannolikhet: number; konsekvens: number }[];
  withList?: boolean;
}) {
  return (
    <section aria-labelledby="matris-rubrik">
      <h2 id="matris-rubrik">Riskmatris</h2>
      <table className="risk-matrix">
        <caption>Sannolikhet (rader) gånger konsekvens (kolumner). Siffrorna i rutorna är riskernas nummer.</caption>
        <thead>
          <tr>
            <th scope="col">Sannolikhet \ Konsekvens</th>
            {[1, 2, 3, 4].map((k) => (
              <th key={k} scope="col">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[4, 3, 2, 1].map((s) => (
            <tr key={s}>
              <th scope="row">{s}</th>
              {[1, 2, 3, 4].map((k) => (
                <td key={k} className={`risk-${riskLevel(s * k)}`}>
                  <span className="visually-hidden">Riskpoäng {riskLabel(s, k)}: </span>
                  {varderingar
                    .filter((v) => v.sannolikhet === s && v.konsekvens === k)
                    .map((v) => v.nr)
                    .join(', ')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {withList && (
        <table>
          <caption>Risker och riskpoäng</caption>
          <thead>
            <tr>
              <th scope="col">Nr</th>
              <th scope="col">Risk</th>
              <th scope="col">Sannolikhet</th>
              <th scope="col">Konsekvens</th>
              <th scope="col">Riskpoäng</th>
            </tr>
          </thead>
          <tbody>
            {risker.map((r) => {
              const v = varderingar.find((x) => x.nr === r.nr);
              return (
                <tr key={r.nr}>
                  <td>{r.nr}</td>
                  <td>{r.beskrivning}</td>
                  <td>{v?.sannolikhet ?? '–'}</td>
                  <td>{v?.konsekvens ?? '–'}</td>
                  <td>{v ? riskLabel(v.sannolikhet, v.konsekvens) : 'Ej värderad'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
