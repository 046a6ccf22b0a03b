import type { ArendeState } from '../../engine/index';
import { formatDate } from '../../kit/format';
import { Field, stepChoiceTitles, stepData } from '../../kit/printParts';
import { useServices } from '../../kit/services';

type Atgard = { vad: string; ansvarig?: { namn: string; titel: string }; klartDatum?: string };

/** What the utredning showed, whether the synpunkt was justified, and the åtgärder it led to (or why none). */
export function UtredningSection({ state }: { state: ArendeState }) {
  const { catalog } = useServices();
  const utredning = stepData(state, 'utredning.submit');
  if (!utredning) return null;
  const befogat =
    typeof utredning.befogat === 'string'
      ? (stepChoiceTitles(catalog, state, 'utredning.submit', ['befogat']).get(utredning.befogat) ?? utredning.befogat)
      : undefined;
  const atgarder = (utredning.atgarder as Atgard[] | undefined) ?? [];
  return (
    <section aria-labelledby="utredning-rubrik">
      <h2 id="utredning-rubrik">Utredning och åtgärder</h2>
      <dl className="doc-fields">
        <Field label="Vad utredningen visade" value={utredning.utredning} />
        <Field label="Befogat" value={befogat} />
        <Field label="Inga åtgärder behövs" value={utredning.ingaAtgarder === true ? utredning.motivering : undefined} />
      </dl>
      {atgarder.length > 0 && (
        <ul>
          {atgarder.map((a, i) => (
            <li key={i}>
              {a.vad}
              {a.ansvarig ? ` – ${a.ansvarig.namn}, ${a.ansvarig.titel}` : ''}
              {a.klartDatum ? `, klart senast ${formatDate(a.klartDatum)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
