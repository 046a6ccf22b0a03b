import type { ArendeState } from '../../engine/index';
import { closingConditions } from '../../engine/index';

/** The close-out checklist: what must hold before the ärende may be closed, each condition with its details. */
export function ClosingChecklist({ state }: { state: ArendeState }) {
  const closing = closingConditions(state);
  if (closing.length === 0) return null;
  return (
    <section aria-labelledby="avslut-rubrik" className="closing">
      <h2 id="avslut-rubrik">Avsluta ärendet</h2>
      <ul className="checklist">
        {closing.map((c) => (
          <li key={c.text} className={c.met ? 'met' : 'unmet'}>
            <span className="visually-hidden">{c.met ? 'Uppfyllt: ' : 'Inte uppfyllt: '}</span>
            {c.text}
            {c.details.length > 0 && (
              <ul>
                {c.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {!closing.every((c) => c.met) && (
        <button type="button" disabled aria-describedby="avslut-rubrik">
          Avsluta ärende
        </button>
      )}
    </section>
  );
}
