import type { OvrigaKategorier } from '../../../engine/index';

/** Equal texts once, with how many said it, most said first: a recurring "Övrigt" is what calls for a new kategori. */
function grouped(rows: OvrigaKategorier['rows']): { text: string; count: number }[] {
  const counts = new Map<string, { text: string; count: number }>();
  for (const { beskrivning } of rows) {
    const key = beskrivning.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
    const g = counts.get(key);
    if (g) g.count++;
    else counts.set(key, { text: beskrivning.trim(), count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

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
        {grouped(ovriga.rows).map((g) => (
          <li key={g.text}>
            {g.text}
            {g.count > 1 && <span className="hint"> ({g.count} gånger)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
