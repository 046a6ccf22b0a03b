import type { OvrigaKategorier } from '../../../engine/index';

/** What a pack's ärenden in "Övrigt" were about, in the rapportörers own words (names and numbers hidden where unreadable). */
export function OvrigtSection({ id, ovriga, mayView }: { id: string; ovriga: OvrigaKategorier; mayView(arendeId: string): boolean }) {
  if (ovriga.rows.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-h`} className="report-section">
      <h3 id={`${id}-h`}>{ovriga.title}</h3>
      <p className="hint">
        Rapportörernas egna ord, utan namn och personnummer. Återkommer samma sak kan processägaren lägga till en kategori.
        {ovriga.rows.some((o) => !mayView(o.arendeId)) &&
          ' Där du inte kan läsa ärendet är också ord med stor bokstav (namn, platser) och nummer dolda.'}
      </p>
      <ul className="ovrigt-list">
        {ovriga.rows.map((o) => (
          <li key={o.arendeId}>{o.beskrivning}</li>
        ))}
      </ul>
    </section>
  );
}
