import { useEffect, useMemo, useState } from 'react';
import { brokenRowsText } from '../../kit/listRows';
import { countOf, formatNumber } from '../../kit/format';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { loadUrval } from '../../kit/urval';
import { ArendeFilters } from './ArendeFilters';
import { EMPTY, queryOf } from './listFilters';
import type { Filters } from './listFilters';
import { ArendeTable } from './ArendeTable';
import { useArendeList } from './useArendeList';

/** "Alla ärenden" for SAS and chefs: the ärenden of the units they hold a role for, filtered and paged on the server. */
export function AllaArenden({ urval: urvalKey }: { urval?: string } = {}) {
  const { now } = useServices();
  const [f, setF] = useState<Filters>(EMPTY);
  const [search, setSearch] = useState('');
  const today = useMemo(() => now(), [now]);
  const urval = useMemo(() => (urvalKey ? loadUrval(urvalKey) : undefined), [urvalKey]);
  const query = useMemo(
    () => ({ ...queryOf({ ...f, search }, today, urval?.arendeIds), ...(urval?.figure ? { figure: urval.figure } : {}) }),
    [f, search, today, urval],
  );
  const { rows, broken, first, error, total, next, loadingMore, showMore } = useArendeList(query);
  // Typing searches after a short pause, not on every key.
  useEffect(() => {
    const t = setTimeout(() => setSearch(f.search), 250);
    return () => clearTimeout(t);
  }, [f.search]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setF((old) => ({ ...old, [key]: value }));

  return (
    <>
      <h1>{urval ? 'Ärenden bakom en siffra' : 'Alla ärenden'}</h1>
      {urvalKey && (
        <p className="notice">
          {urval
            ? `Urval: ${urval.title} (${countOf(urval.count, 'ärende', 'ärenden')}; du ser dem som din roll får se).`
            : 'Urvalet finns inte längre (det sparas bara i den här fliken).'}{' '}
          <a href={href({ page: 'arenden' })}>Visa alla ärenden</a>
        </p>
      )}
      {error && <p role="alert">Ärendena kunde inte läsas: {error.message}</p>}
      <ArendeFilters f={f} set={set} />
      <p aria-live="polite">
        {total !== undefined ? countOf(total, 'ärende', 'ärenden') : error ? '' : first ? 'Räknar ärendena …' : 'Läser in …'}
      </p>
      {rows.length > 0 && <ArendeTable rows={rows} today={today} />}
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
