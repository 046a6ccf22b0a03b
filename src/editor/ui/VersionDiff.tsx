import { useId, useMemo, useState } from 'react';
import { diffDefinitions } from '../../engine/index';
import type { LoadedDefinition } from '../../engine/index';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { VersionSelect } from './VersionSelect';

/** Two versions compared, and how many open ärenden follow the older one, per step. */
export function VersionDiff({ id, versions, tick }: { id: string; versions: readonly LoadedDefinition[]; tick: number }) {
  const { backend } = useServices();
  const uid = useId();
  const newest = versions[versions.length - 1]?.definition;
  const [from, setFrom] = useState(() => Math.max(1, (newest?.version ?? 1) - 1));
  const [to, setTo] = useState(() => newest?.version ?? 1);
  const a = versions.find((l) => l.definition.version === from)?.definition;
  const b = versions.find((l) => l.definition.version === to)?.definition;
  const changes = useMemo(() => (a && b ? diffDefinitions(a, b, backend.registry.catalog) : []), [a, b, backend]);
  const { data: impact } = useLoad(() => backend.impact(id, from), [backend, id, from, tick]);
  return (
    <section aria-labelledby={`${uid}-diff`} className="diff">
      <h2 id={`${uid}-diff`}>Jämför versioner</h2>
      <div className="filters">
        <VersionSelect id={`${uid}-from`} label="Från version" value={from} versions={versions} onChange={setFrom} />
        <VersionSelect id={`${uid}-to`} label="Till version" value={to} versions={versions} onChange={setTo} />
      </div>
      {from === to ? (
        <p>Välj två olika versioner.</p>
      ) : changes.length === 0 ? (
        <p>
          Inga skillnader mellan version {from} och {to}.
        </p>
      ) : (
        <ul className="change-list">
          {changes.map((c, i) => (
            <li key={i} className={`change-${c.kind}`}>
              {c.text}
            </li>
          ))}
        </ul>
      )}
      <h3>Påverkan på öppna ärenden</h3>
      {!impact ? (
        <p aria-live="polite">Räknar …</p>
      ) : impact.open === 0 ? (
        <p>Inga öppna ärenden följer version {from}.</p>
      ) : (
        <>
          <p>
            {impact.open} öppna ärenden följer version {from}. De fortsätter på den versionen om de inte flyttas.
          </p>
          <ul>
            {impact.bySteg.map((s) => (
              <li key={s.title}>
                {s.title}: {s.count}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
