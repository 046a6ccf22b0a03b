import type { Kvalitetsberattelse } from '../../../engine/index';

/** What the avvikelser in "Övrigt" were about, in the rapportörers own words (names and numbers hidden where unreadable). */
export function OvrigtSection({ report, mayView }: { report: Kvalitetsberattelse; mayView(arendeId: string): boolean }) {
  if (report.ovrigaKategorier.length === 0) return null;
  return (
    <section aria-labelledby="ovrigt-h" className="report-section">
      <h3 id="ovrigt-h">Avvikelser i Övrigt – vad gällde de?</h3>
      <p className="hint">
        Rapportörernas egna ord, utan namn och personnummer. Återkommer samma sak kan processägaren lägga till en kategori.
        {report.ovrigaKategorier.some((o) => !mayView(o.arendeId)) &&
          ' Där du inte kan läsa ärendet är också ord med stor bokstav (namn, platser) och nummer dolda.'}
      </p>
      <ul className="ovrigt-list">
        {report.ovrigaKategorier.map((o) => (
          <li key={o.arendeId}>{o.beskrivning}</li>
        ))}
      </ul>
    </section>
  );
}
