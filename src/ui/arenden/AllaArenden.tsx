import { useEffect, useMemo, useState } from 'react';
import type { ListQuery } from '../../api/contract';
import type { ArendeSummary, ProcessCatalog } from '../../engine/index';
import { categoryLabels } from '../../engine/index';
import { href } from '../../kit/router';
import { brokenRowsText, usableRows } from '../../kit/listRows';
import { loadUrval } from '../../kit/urval';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { countOf, formatDate, formatNumber } from '../../kit/format';
import { PROCESS_TYPES } from '../../processes/registry';
import { arendeNumber, enhetName, processTitle } from '../../kit/labels';

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

/** Category labels from the forms themselves (the engine's `categoryLabels`), so no hand-kept table is needed. */
function kategorierOf(catalog: ProcessCatalog): { value: string; label: string }[] {
  return Object.entries(categoryLabels(catalog))
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

/** The filters as a query the server runs (scoped there to what the person may see). */
function queryOf(f: Filters, today: string, ids: readonly string[] | undefined): ListQuery {
  return {
    order: 'newest',
    limit: PAGE,
    ...(f.process ? { processTypes: [f.process] } : {}),
    ...(f.status === 'open' || f.status === 'closed' ? { status: f.status } : {}),
    ...(f.enhet ? { enhetId: f.enhet } : {}),
    ...(f.kategori ? { kategori: f.kategori } : {}),
    ...(f.from ? { openedFrom: f.from } : {}),
    ...(f.to ? { openedTo: f.to } : {}),
    ...(f.overdue ? { overdueAt: today } : {}),
    ...(f.search.trim() ? { text: f.search.trim() } : {}),
    ...(ids ? { ids } : {}),
  };
}

/** "Alla ärenden" for SAS and chefs: the ärenden of the units they hold a role for, filtered and paged on the server. */
export function AllaArenden({ urval: urvalKey }: { urval?: string } = {}) {
  const { backend, org, now, catalog, subscribe } = useServices();
  const [f, setF] = useState<Filters>(EMPTY);
  const [search, setSearch] = useState('');
  const today = useMemo(() => now(), [now]);
  const urval = useMemo(() => (urvalKey ? loadUrval(urvalKey) : undefined), [urvalKey]);
  const kategorier = useMemo(() => kategorierOf(catalog), [catalog]);
  const query = useMemo(() => queryOf({ ...f, search }, today, urval?.arendeIds), [f, search, today, urval]);
  const [tick, setTick] = useState(0);
  // The rows come first; the count (every matching ärende) arrives on its own.
  const { data: first, error } = useLoad(() => backend.list(query), [backend, query, tick]);
  const { data: counted } = useLoad(() => backend.list({ ...query, limit: 1 }, true), [backend, query, tick]);
  const [more, setMore] = useState<{ rows: ArendeSummary[]; next?: string }>();
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setMore(undefined), [first]);
  // Typing searches after a short pause, not on every key.
  useEffect(() => {
    const t = setTimeout(() => setSearch(f.search), 250);
    return () => clearTimeout(t);
  }, [f.search]);
  useEffect(() => subscribe(() => setTick((t) => t + 1)), [subscribe]);
  const { rows, broken } = usableRows([...(first?.rows ?? []), ...(more?.rows ?? [])]);
  const next = more ? more.next : first?.next;
  const total = counted?.total;
  const showMore = async () => {
    if (!next) return;
    setLoadingMore(true);
    try {
      const page = await backend.list({ ...query, after: next });
      setMore((m) => ({ rows: [...(m?.rows ?? []), ...page.rows], ...(page.next ? { next: page.next } : {}) }));
    } finally {
      setLoadingMore(false);
    }
  };

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setF((old) => ({ ...old, [key]: value }));

  return (
    <>
      <h1>{urval ? 'Ärenden bakom en siffra' : 'Alla ärenden'}</h1>
      {urvalKey && (
        <p className="notice">
          {urval ? `Urval: ${urval.title} (${countOf(urval.arendeIds.length, 'ärende', 'ärenden')}; du ser dem som din roll får se).` : 'Urvalet finns inte längre (det sparas bara i den här fliken).'}{' '}
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
            {PROCESS_TYPES.map((k) => [k, processTitle(backend.registry, k)] as const).map(([k, v]) => (
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
              <option key={k.value} value={k.value}>
                {k.label}
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
      <p aria-live="polite">{total !== undefined ? countOf(total, 'ärende', 'ärenden') : error ? '' : first ? 'Räknar ärendena …' : 'Läser in …'}</p>
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
      )}
      {broken > 0 && (
        <p role="alert" className="rejection">
          {brokenRowsText(broken)}
        </p>
      )}
      {next && (
        <button type="button" disabled={loadingMore} onClick={() => void showMore()}>
          {total === undefined ? 'Visa fler' : `Visa fler (${formatNumber(Math.max(0, total - rows.length - broken))} kvar)`}
        </button>
      )}
    </>
  );
}
