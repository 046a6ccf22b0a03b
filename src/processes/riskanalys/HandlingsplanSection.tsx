import type { ArendeState } from '../../engine/index';
import { dateOf as date, stepData } from '../../kit/printParts';

type PlanAtgard = { nr: number; atgard: string; ansvarig: { namn: string; titel: string }; tidpunkt: string };

/** The handlingsplan: an åtgärd per risk that needs one, who is responsible and when it is to be done. */
export function HandlingsplanSection({ state }: { state: ArendeState }) {
  const plan = stepData(state, 'handlingsplan.submit') as { atgarder?: PlanAtgard[] } | undefined;
  return (
    <section aria-labelledby="handlingsplan-rubrik">
      <h2 id="handlingsplan-rubrik">Handlingsplan</h2>
      {!plan ? (
        <p>Handlingsplanen är inte upprättad ännu.</p>
      ) : (plan.atgarder ?? []).length === 0 ? (
        <p>Handlingsplanen har inga åtgärder: ingen risk kräver åtgärd.</p>
      ) : (
        <table>
          <caption>Åtgärder, ansvariga och när de ska vara klara</caption>
          <thead>
            <tr>
              <th scope="col">Risk nr</th>
              <th scope="col">Åtgärd</th>
              <th scope="col">Ansvarig</th>
              <th scope="col">Klart senast</th>
            </tr>
          </thead>
          <tbody>
            {(plan.atgarder ?? []).map((a, i) => (
              <tr key={i}>
                <td>{a.nr}</td>
                <td>{a.atgard}</td>
                <td>{`${a.ansvarig.namn}, ${a.ansvarig.titel}`}</td>
                <td>{date(a.tidpunkt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
