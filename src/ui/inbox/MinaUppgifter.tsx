import { useState } from 'react';
import { holdsRole, inboxFor, ROLE_TITLES } from '../../engine/index';
import type { ArendeSummary } from '../../engine/index';
import { href } from '../app/router';
import { ShowMore } from '../app/ShowMore';
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
  // Only rows with a step for one of my roles in my units; the first page comes straight from the deadline index.
  const mine = (s: ArendeSummary) => s.activeSteps.some((a) => a.role !== undefined && holdsRole(org, user, a.role, s.enhetId));
  const roles = [...new Set(user.roles.map((a) => a.role))];
  const { data: first } = useLoad(async () => {
    // Each role's first page straight from the role-and-deadline index, merged.
    const pages = await Promise.all(roles.map((role) => engine.summaries({ role, status: 'open', where: mine, limit: PAGE })));
    const unique = new Map(pages.flat().map((s) => [s.arendeId, s]));
    return inboxFor([...unique.values()], user, org, now());
  }, [engine, user]);
  // The full list (for counts and "Visa fler") is read after the first page, so it never delays it.
  const { data: all, error } = useLoad(
    async () => (first ? inboxFor(await engine.summaries({ status: 'open', where: mine }), user, org, now()) : undefined),
    [engine, user, first !== undefined],
  );
  const items = all ?? first;
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
            {!all ? 'Visar de mest brådskande – läser in resten … ' : items.length === 1 ? 'Ett ärende väntar på dig. ' : `${items.length} ärenden väntar på dig. `}
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
          <ShowMore total={items.length} shown={shown} onMore={() => setShown((n) => n + PAGE)} />
        </>
      )}
    </>
  );
}
