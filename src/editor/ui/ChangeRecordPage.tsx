import { useId, useMemo, useState } from 'react';
import { stockholmDate } from '../../engine/index';
import type { LoadedDefinition } from '../../engine/index';
import { formatDate } from '../../kit/format';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { ChangeRecordEntry } from './ChangeRecordEntry';
import { useVersionFacts } from './useVersionFacts';

const yearOf = (l: LoadedDefinition) => (l.definition.published ? (stockholmDate(l.definition.published.at) ?? '').slice(0, 4) : undefined);

/** The change record for the nämnd: every version published in a year, as a document to print (issue 27). */
export function ChangeRecordPage({ id }: { id: string }) {
  const { backend, now } = useServices();
  const uid = useId();
  const versions = useMemo(() => backend.registry.versions(id), [backend, id]);
  const facts = useVersionFacts(id, versions, 0);
  const thisYear = (stockholmDate(now()) ?? now()).slice(0, 4);
  const years = useMemo(
    () => [...new Set([thisYear, ...versions.map(yearOf).filter((y): y is string => !!y)])].sort().reverse(),
    [versions, thisYear],
  );
  const [year, setYear] = useState(thisYear);
  const title = versions[versions.length - 1]?.definition.title;
  if (!title) return <p className="rejection">Processen "{id}" finns inte.</p>;
  const inYear = versions.map((l, index) => ({ l, index })).filter(({ l }) => yearOf(l) === year);

  return (
    <>
      <div className="no-print">
        <p>
          <a href={href({ page: 'processer', id, vy: 'versioner' })}>Tillbaka till versionerna av {title}</a>
        </p>
        <p>
          <label htmlFor={`${uid}-year`}>År</label>{' '}
          <select id={`${uid}-year`} value={year} onChange={(e) => setYear(e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>{' '}
          <button type="button" onClick={() => window.print()}>
            Skriv ut eller spara som PDF
          </button>
        </p>
        {facts.beslutError && <p role="alert">Nämndens beslut kunde inte läsas: {facts.beslutError.message}</p>}
      </div>
      <article className="print-doc change-record">
        <h1>
          Ändringsförteckning – {title} {year}
        </h1>
        <p>
          De versioner av rutinen som publicerades under {year}, äldsta först, med nämndens beslut, ändringarna från versionen före och hur
          många öppna ärenden som följer varje version. Utskriven {formatDate(now())}.
        </p>
        {inYear.length === 0 ? (
          <p>Inga versioner publicerades under {year}.</p>
        ) : (
          inYear.map(({ l, index }) => (
            <ChangeRecordEntry
              key={l.definition.version}
              versions={versions}
              index={index}
              beslut={facts.beslut?.get(l.definition.version)}
              recorded={facts.recorded?.get(l.definition.version) ?? 0}
              impact={facts.impacts?.get(l.definition.version)}
            />
          ))
        )}
      </article>
    </>
  );
}
