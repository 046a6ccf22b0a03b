import type { ArendeSummary } from '../../engine/index';
import { formatDate } from '../../kit/format';
import { arendeNumber, enhetName, processTitle } from '../../kit/labels';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';

/** The ärenden as rows: rubrik and number, process, enhet, läge, the next deadline (late ones marked) and last change. */
export function ArendeTable({ rows, today }: { rows: readonly ArendeSummary[]; today: string }) {
  const { backend, org } = useServices();
  return (
    <table className="arende-table">
      <caption className="visually-hidden">Ärenden, senast ändrade först</caption>
      <thead>
        <tr>
          <th scope="col">Ärende</th>
          <th scope="col">Process</th>
          <th scope="col">Enhet</th>
          <th scope="col">Läge</th>
          <th scope="col">Nästa tidsgräns</th>
          <th scope="col">Ändrat</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => {
          const next = s.status === 'open' ? s.deadlines[0] : undefined;
          return (
            <tr key={s.arendeId}>
              <td>
                <a href={href({ page: 'arende', id: s.arendeId })}>{s.rubrik}</a>
                <span className="hint"> {arendeNumber(s.arendeId)}</span>
              </td>
              <td>{processTitle(backend.registry, s.processType)}</td>
              <td>{enhetName(org, s.enhetId)}</td>
              <td>{s.status === 'closed' ? 'Avslutat' : s.activeSteps.map((a) => a.title).join(', ')}</td>
              <td className={next && next.dueAt < today ? 'overdue' : undefined}>
                {next ? (
                  <>
                    {next.dueAt < today && <strong>Försenat: </strong>}
                    <time dateTime={next.dueAt}>{formatDate(next.dueAt)}</time>
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td>
                <time dateTime={s.updatedAt}>{formatDate(s.updatedAt)}</time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
