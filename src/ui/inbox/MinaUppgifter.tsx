import { useState } from 'react';
import { inboxFor, ROLE_TITLES } from '../../engine/index';
import { href } from '../app/router';
import { useServices } from '../app/services';
import { useSession } from '../app/session';
import { useLoad } from '../app/useLoad';
import { formatDate, relativeDays } from '../format';
import { processTitle, enhetName } from '../labels';

/** What waits for my roles in my units, earliest deadline first, overdue and due soon marked. */
const PAGE = 50;

export function MinaUppgifter() {
  const [shown, setShown] = useState(PAGE);
  const { engine, org, now } = useServices();
  const { user } = useSession();
  const { data: items, error } = useLoad(async () => inboxFor(await engine.summaries({ status: 'open' }), user, org, now()), [engine, user]);
  const today = now();
  return (
    <>
      <h1>Mina uppgifter</h1>
      {error && <p role="alert">Uppgifterna kunde inte läsas: {error.message}</p>}
      {!items && !error && <p aria-live="polite">Läser in …</p>}
      {items && items.length === 0 && <p>Inget väntar på dig just nu. Du kan göra en ny rapport under ”Ny rapport”.</p>}
      {items && items.length > 0 && (
        <>
          <p>
            {items.length === 1 ? 'Ett ärende väntar' : `${items.length} ärenden väntar`} på dig.{' '}
            {items.filter((i) => i.overdue).length > 0 && <strong>{items.filter((i) => i.overdue).length} är försenade.</strong>}
          </p>
          <ul className="task-list">
            {items.slice(0, shown).map((item) => (
              <li key={item.summary.arendeId} className={item.overdue ? 'task overdue' : item.dueSoon ? 'task due-soon' : 'task'}>
                <a href={href({ page: 'arende', id: item.summary.arendeId })}>
                  <span className="task-step">{item.steps.map((s) => s.title).join(' och ')}</span>
                  <span className="task-meta">
                    {processTitle(item.summary.processType)} · {enhetName(org, item.summary.enhetId)} · som {item.steps.map((s) => ROLE_TITLES[s.role!]).join(', ')}
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
          {items.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              Visa fler ({items.length - shown} kvar)
            </button>
          )}
        </>
      )}
    </>
  );
}
