import { useMemo, useState } from 'react';
import type { ArendeSummary } from '../../engine/index';
import { scopeCovers } from '../../engine/index';
import { href } from '../app/router';
import { loadUrval } from '../app/urval';
import { ShowMore } from '../app/ShowMore';
import { useServices } from '../app/services';
import { useSession } from '../app/session';
import { useLoad } from '../app/useLoad';
import { formatDate } from '../format';
import { arendeNumber, enhetName, PROCESS_TITLES, processTitle } from '../labels';

const PAGE = 100;

interface Filters {
  process: string;
  status: string;
  enhet: string;
  kategori: string;
  from: string;
  to: string;
  overdue: boolean;
  search: string;
}

const EMPTY: Filters = { process: '', status: '', enhet: '', kategori: '', from: '', to: '', overdue: false, search: '' };

/** "Alla ärenden" for SAS and chefs: every ärende in the units they hold a role for, with filters and search. */
export function AllaArenden({ urval: urvalKey }: { urval?: string } = {}) {
  const { engine, org, now } = useServices();
  const { user } = useSession();
  // First rows from an indexed query at once; the full set (for counts and filters) follows.
  const { data: first } = useLoad(() => engine.summaries({ order: 'newest', limit: PAGE }), [engine]);
  const { data: everything, error } = useLoad(async () => (first ? engine.summaries() : undefined), [engine, first !== undefined]);
  const data = everything ?? first;
  const complete = everything !== undefined;
  const [f, setF] = useState<Filters>(EMPTY);
  const [shown, setShown] = useState(PAGE);
  const today = now();
  const urval = useMemo(() => (urvalKey ? loadUrval(urvalKey) : undefined), [urvalKey]);
  const urvalIds = useMemo(() => (urval ? new Set(urval.arendeIds) : undefined), [urval]);

  const visible = useMemo(
    // Sorted once here (newest first), so changing a filter only filters.
    () =>
      (data ?? [])
        .filter((s) => (!urvalIds || urvalIds.has(s.arendeId)) && user.roles.some((a) => a.role !== 'medarbetare' && scopeCovers(org, a, s.enhetId)))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
    [data, user, org, urvalIds],
  );
  const kategorier = useMemo(() => [...new Set(visible.map((s) => s.kategori).filter((k): k is string => !!k))].sort(), [visible]);
  const rows = useMemo(() => {
    const q = f.search.trim().toLowerCase();
    return visible
      .filter(
        (s: ArendeSummary) =>
          (!f.process || s.processType === f.process) &&
          (!f.status || (f.status === 'open' ? s.status === 'open' : s.status === 'closed')) &&
          (!f.enhet || s.enhetId === f.enhet) &&
          (!f.kategori || s.kategori === f.kategori) &&
          (!f.from || s.openedAt.slice(0, 10) >= f.from) &&
          (!f.to || s.openedAt.slice(0, 10) <= f.to) &&
          (!f.overdue || (s.status === 'open' && s.deadlines.some((d) => d.dueAt < today))) &&
          (!q || s.rubrik.toLowerCase().includes(q) || arendeNumber(s.arendeId).toLowerCase().includes(q)),
      );
  }, [visible, f, today]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setF((old) => ({ ...old, [key]: value }));
    setShown(PAGE);
  };

  return (
    <>
      <h1>{urval ? 'Ärenden bakom en siffra' : 'Alla ärenden'}</h1>
      {urvalKey && (
        <p className="notice">
          {urval ? `Urval: ${urval.title} (${urval.arendeIds.length} ärenden; du ser dem som din roll får se).` : 'Urvalet finns inte längre (det sparas bara i den här fliken).'}{' '}
          <a href={href({ page: 'arenden' })}>Visa alla ärenden</a>
        </p>
      )}
      {error && <p role="alert">Ärendena kunde inte läsas: {error.message}</p>}
      <form className="filters" role="search" aria-label="Filtrera ärenden" onSubmit={(e) => e.preventDefault()}>
        <p>
          <label htmlFor="sok">Sök i rubrik eller ärendenummer</label>
          <input id="sok" type="search" value={f.search} onChange={(e) => set('search', e.target.value)} />
        </p>
        <p>
          <label htmlFor="f-process">Process</label>
          <select id="f-process" value={f.process} onChange={(e) => set('process', e.target.value)}>
            <option value="">Alla</option>
            {Object.entries(PROCESS_TITLES).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-status">Läge</label>
          <select id="f-status" value={f.status} onChange={(e) => set('status', e.target.value)}>
            <option value="">Alla</option>
            <option value="open">Pågående</option>
            <option value="closed">Avslutade</option>
          </select>
        </p>
        <p>
          <label htmlFor="f-enhet">Enhet</label>
          <select id="f-enhet" value={f.enhet} onChange={(e) => set('enhet', e.target.value)}>
            <option value="">Alla</option>
            {org.enheter.map((e) => (
              <option key={e.id} value={e.id}>
                {e.namn}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-kategori">Kategori</label>
          <select id="f-kategori" value={f.kategori} onChange={(e) => set('kategori', e.target.value)}>
            <option value="">Alla</option>
            {kategorier.map((k) => (
              <option key={k} value={k}>
                {k.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="f-from">Skapad från</label>
          <input id="f-from" type="date" value={f.from} onChange={(e) => set('from', e.target.value)} />
        </p>
        <p>
          <label htmlFor="f-to">Skapad till</label>
          <input id="f-to" type="date" value={f.to} onChange={(e) => set('to', e.target.value)} />
        </p>
        <p className="checkbox">
          <input id="f-overdue" type="checkbox" checked={f.overdue} onChange={(e) => set('overdue', e.target.checked)} />
          <label htmlFor="f-overdue">Bara försenade</label>
        </p>
      </form>
      <p aria-live="polite">{complete ? `${rows.length} ärenden` : data ? 'Visar de senaste ärendena – läser in resten …' : 'Läser in …'}</p>
      {rows.length > 0 && (
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
            {rows.slice(0, shown).map((s) => {
              const next = s.status === 'open' ? s.deadlines[0] : undefined;
              return (
                <tr key={s.arendeId}>
                  <td>
                    <a href={href({ page: 'arende', id: s.arendeId })}>{s.rubrik}</a>
                    <span className="hint"> {arendeNumber(s.arendeId)}</span>
                  </td>
                  <td>{processTitle(s.processType)}</td>
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
      )}
      <ShowMore total={rows.length} shown={shown} onMore={() => setShown((n) => n + PAGE)} />
    </>
  );
}
