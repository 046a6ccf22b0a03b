import type { ArendeState, Atgard, AtgardStatus } from '../../engine/index';
import { formatDate } from '../../kit/format';
import { stepChoiceTitles, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';

const STATUS: Record<AtgardStatus, string> = {
  planerad: 'Planerad',
  genomford: 'Genomförd, inte verifierad',
  verifierad: 'Verifierad',
  atertagen: 'Återtagen',
};

type Planned = { avvikelseNr?: number };

/** The egenkontroll's åtgärder with the avvikelse each answers, who does it, by when, and its status (and effect) now. */
export function EgenkontrollAtgarder({ state }: { state: ArendeState }) {
  const { catalog } = useServices();
  const atgarder = state.snapshot.context.atgarder;
  if (atgarder.length === 0) return null;
  const genomforande = stepData(state, 'genomforande.submit');
  // The åtgärder the genomförande added carry their avvikelse's number; ids follow the addAtgarder action.
  const performedSeq = state.snapshot.context.steps['genomforande.submit']?.seq;
  const planned = (genomforande?.atgarder as Planned[] | undefined) ?? [];
  const avvikelseOf = (a: Atgard) => planned.find((_p, i) => a.id === `atgard:${performedSeq}.${i + 1}`)?.avvikelseNr;
  const effektOf = (a: Atgard) =>
    typeof a.effekt === 'string' ? (stepChoiceTitles(catalog, state, 'atgard.verifiera', ['effekt']).get(a.effekt) ?? a.effekt) : undefined;
  return (
    <section aria-labelledby="atgarder-rubrik">
      <h2 id="atgarder-rubrik">Åtgärder</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Avvikelse nr</th>
            <th scope="col">Åtgärd</th>
            <th scope="col">Ansvarig</th>
            <th scope="col">Klart senast</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {atgarder.map((a) => {
            const ansvarig = a.ansvarig as { namn?: string; titel?: string } | undefined;
            const effekt = effektOf(a);
            return (
              <tr key={a.id}>
                <td>{avvikelseOf(a) ?? '–'}</td>
                <td>{a.vad}</td>
                <td>{ansvarig?.namn ? `${ansvarig.namn}${ansvarig.titel ? `, ${ansvarig.titel}` : ''}` : '–'}</td>
                <td>{a.klartDatum ? formatDate(a.klartDatum) : '–'}</td>
                <td>{effekt ? `${STATUS[a.status]}: ${effekt}` : STATUS[a.status]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
