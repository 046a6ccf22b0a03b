import { useId, useMemo, useState } from 'react';
import { diffDefinitions } from '../../engine/index';
import type { LoadedDefinition, VersionImpact } from '../../engine/index';
import { useServices } from '../../kit/services';
import { ImpactList } from './ImpactList';
import { VersionSelect } from './VersionSelect';

/** Two versions compared, and how many open ärenden follow each version still running, per step. */
export function VersionDiff(props: { versions: readonly LoadedDefinition[]; impacts: ReadonlyMap<number, VersionImpact> | undefined }) {
  const { versions, impacts } = props;
  const { backend } = useServices();
  const uid = useId();
  const newest = versions[versions.length - 1]?.definition;
  const [from, setFrom] = useState(() => Math.max(1, (newest?.version ?? 1) - 1));
  const [to, setTo] = useState(() => newest?.version ?? 1);
  const a = versions.find((l) => l.definition.version === from)?.definition;
  const b = versions.find((l) => l.definition.version === to)?.definition;
  const changes = useMemo(() => (a && b ? diffDefinitions(a, b, backend.registry.catalog) : []), [a, b, backend]);
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
      <ImpactList versions={versions} impacts={impacts} />
    </section>
  );
}
