import { useState } from 'react';
import type { AccessKind, AccessLogAnswer } from '../../api/contract';
import { ROLE_TITLES } from '../../engine/index';
import { formatDateTime } from '../../kit/format';
import { arendeNumber, enhetName } from '../../kit/labels';
import { href } from '../../kit/router';
import { userName } from '../../kit/roles';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';

const KIND_TITLES: Readonly<Record<AccessKind, string>> = {
  oppnat: 'Öppnade ärendet',
  utskrift: 'Skrev ut',
  export: 'Exporterade',
  nekat: 'Nekades – ingen behörighet',
};

const PAGE = 50;

/** Loggkontroll: who opened, printed or exported an ärende, and who was refused; searched per ärende or per person. */
export function AccessLogPage({ arende }: { arende?: string }) {
  const { people } = useServices();
  const [arendeText, setArendeText] = useState(arende ? arendeNumber(arende) : '');
  const [userId, setUserId] = useState('');
  const [query, setQuery] = useState<{ arende?: string; userId?: string }>(arende ? { arende } : {});
  return (
    <>
      <h1>Loggkontroll</h1>
      <p>
        Varje gång någon öppnar ett ärende, skriver ut ur det eller exporterar loggas vem, med vilken roll och när. Försök att öppna ett
        ärende utan behörighet loggas också. Loggen kan inte ändras eller raderas.
      </p>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ ...(arendeText.trim() ? { arende: arendeText.trim() } : {}), ...(userId ? { userId } : {}) });
        }}
      >
        <label>
          Ärende (nummer)
          <input type="text" value={arendeText} onChange={(e) => setArendeText(e.target.value)} maxLength={200} />
        </label>
        <label>
          Person
          <select value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">Alla</option>
            {people.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.namn}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Sök i loggen</button>
      </form>
      <Results key={JSON.stringify(query)} query={query} />
    </>
  );
}

/** One search's pages: the first read as the page opens (or the search changes), later ones on request. */
function Results({ query }: { query: { arende?: string; userId?: string } }) {
  const { backend, org, people } = useServices();
  const { data: first, error } = useLoad(() => backend.accessLog({ ...query, limit: PAGE }), [backend, query]);
  const [later, setLater] = useState<AccessLogAnswer>();
  const [problem, setProblem] = useState<string>();
  const rows = [...(first?.rows ?? []), ...(later?.rows ?? [])];
  const next = later ? later.next : first?.next;
  const more = async () => {
    if (!next) return;
    try {
      const page = await backend.accessLog({ ...query, before: next, limit: PAGE });
      setLater({ rows: [...(later?.rows ?? []), ...page.rows], ...(page.next ? { next: page.next } : {}) });
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <>
      {(error || problem) && <p role="alert">Loggen kunde inte läsas: {error?.message ?? problem}</p>}
      <div aria-live="polite">
        {!first && !error && <p>Läser in …</p>}
        {first && rows.length === 0 && <p>Inget i loggen matchar sökningen.</p>}
      </div>
      {rows.length > 0 && (
        <table>
          <caption>Åtkomst, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Person</th>
              <th scope="col">Roll</th>
              <th scope="col">Vad</th>
              <th scope="col">Ärende</th>
              <th scope="col">Enhet</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.kind === 'nekat' ? 'rejection' : undefined}>
                <td>
                  <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                </td>
                <td>{userName(people, r.userId)}</td>
                <td>{r.role ? ROLE_TITLES[r.role] : '–'}</td>
                <td>
                  {KIND_TITLES[r.kind]}
                  {r.detail ? `: ${r.detail}` : ''}
                  {r.reason && <strong className="outside-reason"> – utanför egna enheter, skäl: {r.reason}</strong>}
                </td>
                <td>{r.arendeId ? <a href={href({ page: 'arende', id: r.arendeId })}>{arendeNumber(r.arendeId)}</a> : '–'}</td>
                <td>{r.enhetId ? enhetName(org, r.enhetId) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button type="button" onClick={() => void more()}>
          Visa fler
        </button>
      )}
    </>
  );
}
