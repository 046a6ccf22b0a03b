import { useEffect, useMemo, useState } from 'react';
import { inboxFor, ROLE_TITLES } from '../../engine/index';
import type { ArendeSummary } from '../../engine/index';
import { brokenRowsText, usableRows } from '../../kit/listRows';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';
import { useLoad } from '../../kit/useLoad';
import { countOf, formatDate, formatNumber, relativeDays } from '../../kit/format';
import { processTitle, enhetName } from '../../kit/labels';
import { IntakeList } from '../intake/IntakeList';

const PAGE = 50;

/** What waits for my roles in my units, earliest deadline first, overdue and due soon marked; the server picks and pages. */
export function MinaUppgifter() {
  const { backend, org, now, subscribe } = useServices();
  const { user } = useSession();
  const [tick, setTick] = useState(0);
  // The rows come first; counting every waiting ärende takes longer, so the counts arrive on their own.
  const { data: first, error } = useLoad(() => backend.inbox({ limit: PAGE }), [backend, user, tick]);
  const { data: counts } = useLoad(() => backend.inbox({ limit: 1, withTotal: true }), [backend, user, tick]);
  const [more, setMore] = useState<{ rows: ArendeSummary[]; next?: string }>();
  useEffect(() => setMore(undefined), [first]);
  // Someone else's step can put an ärende in (or take it out of) my list.
  useEffect(() => subscribe(() => setTick((t) => t + 1)), [subscribe]);
  const today = now();
  // A damaged row (the list row is a cache in the database) is left out and counted, never allowed to break the list.
  const [firstRows, moreRows] = useMemo(() => [usableRows(first?.rows ?? []), usableRows(more?.rows ?? [])], [first, more]);
  const broken = firstRows.broken + moreRows.broken;
  const items = useMemo(
    () => [...inboxFor(firstRows.rows, user, org, today), ...inboxFor(moreRows.rows, user, org, today)],
    // `today` is read with each load; the list is a snapshot.
    [firstRows, moreRows, user, org],
  );
  const next = more ? more.next : first?.next;
  const total = counts?.total;
  const overdue = counts?.overdue ?? 0;
  const showMore = async () => {
    if (!next) return;
    const page = await backend.inbox({ limit: PAGE, after: next });
    setMore((m) => ({ rows: [...(m?.rows ?? []), ...page.rows], ...(page.next ? { next: page.next } : {}) }));
  };
  return (
    <>
      <h1>Mina uppgifter</h1>
      <IntakeList />
      {error && <p role="alert">Uppgifterna kunde inte läsas: {error.message}</p>}
      {!first && !error && <p aria-live="polite">Läser in …</p>}
      {broken > 0 && (
        <p role="alert" className="rejection">
          {brokenRowsText(broken)}
        </p>
      )}
      {first && items.length === 0 && <p>Inget väntar på dig just nu. Du kan göra en ny rapport under ”Ny rapport”.</p>}
      {first && items.length > 0 && (
        <>
          <p aria-live="polite">
            {total === undefined ? 'Räknar ärendena …' : `${countOf(total, 'ärende', 'ärenden')} väntar på dig. `}
            {overdue > 0 && <strong>{countOf(overdue, 'är försenat', 'är försenade')}.</strong>}
          </p>
          <ul className="task-list">
            {items.map((item) => (
              <li key={item.summary.arendeId} className={item.overdue ? 'task overdue' : item.dueSoon ? 'task due-soon' : 'task'}>
                <a href={href({ page: 'arende', id: item.summary.arendeId })}>
                  <span className="task-step">{item.steps.map((s) => s.title).join(' och ')}</span>
                  <span className="task-meta">
                    {processTitle(backend.registry, item.summary.processType)} · {enhetName(org, item.summary.enhetId)} · som{' '}
                    {item.steps.map((s) => ROLE_TITLES[s.role!]).join(', ')}
                  </span>
                  <span className="task-title">{item.summary.rubrik}</span>
                </a>
                {item.dueAt && (
                  <span className="task-due">
                    {item.overdue ? <strong>Försenad: </strong> : item.dueSoon ? <strong>Snart: </strong> : 'Senast '}
                    <time dateTime={item.dueAt}>{formatDate(item.dueAt)}</time> ({relativeDays(item.dueAt, today)})
                  </span>
                )}
              </li>
            ))}
          </ul>
          {next && (
            <button type="button" onClick={() => void showMore()}>
              {total === undefined ? 'Visa fler' : `Visa fler (${formatNumber(Math.max(0, total - items.length))} kvar)`}
            </button>
          )}
        </>
      )}
    </>
  );
}
