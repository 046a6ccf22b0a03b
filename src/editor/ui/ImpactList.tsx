import type { LoadedDefinition, VersionImpact } from '../../engine/index';
import { openCount } from './versionStatus';

/** Open ärenden on every version that still has any, and at which steps: what a new version means for those running. */
export function ImpactList({
  versions,
  impacts,
}: {
  versions: readonly LoadedDefinition[];
  impacts: ReadonlyMap<number, VersionImpact> | undefined;
}) {
  if (!impacts) return <p aria-live="polite">Räknar …</p>;
  const running = versions.map((l) => l.definition.version).filter((v) => (impacts.get(v)?.open ?? 0) > 0);
  if (running.length === 0) return <p>Inga öppna ärenden.</p>;
  const newest = versions[versions.length - 1]?.definition.version;
  return (
    <ul className="impact-list">
      {running.map((v) => {
        const impact = impacts.get(v)!;
        return (
          <li key={v}>
            Version {v}: {openCount(impact.open).toLowerCase()}
            {v === newest ? '' : ', som fortsätter på den versionen om de inte flyttas'}. Per steg:{' '}
            {impact.bySteg.map((s) => `${s.title} ${s.count}`).join(', ')}.
          </li>
        );
      })}
    </ul>
  );
}
