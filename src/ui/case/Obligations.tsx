import type { ArendeState } from '../../engine/index';
import { computeObligations } from '../../engine/index';
import { formatDate, relativeDays } from '../../kit/format';

/** The ärende's open time requirements (tidskrav): the late ones marked, the law's told apart from local routine. */
export function Obligations({ state, today }: { state: ArendeState; today: string }) {
  const obligations = computeObligations(state, today).filter((o) => o.status === 'open');
  if (obligations.length === 0) return null;
  return (
    <section aria-labelledby="tidskrav-rubrik">
      <h2 id="tidskrav-rubrik">Tidskrav</h2>
      <ul className="obligations">
        {obligations.map((o) => (
          <li key={`${o.id}-${o.startedAt}`} className={o.overdue ? 'overdue' : o.dueSoon ? 'due-soon' : ''}>
            {o.overdue && <strong>Försenat: </strong>}
            {o.title} – senast <time dateTime={o.dueAt}>{formatDate(o.dueAt)}</time> ({relativeDays(o.dueAt, today)})
            {o.kind === 'legal' ? ' · lagstadgat' : ' · lokal rutin'}
          </li>
        ))}
      </ul>
    </section>
  );
}
