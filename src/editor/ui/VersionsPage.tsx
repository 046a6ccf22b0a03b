import { useMemo, useState } from 'react';
import { exportDefinitionFile } from '../../engine/index';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { ImportSection } from './ImportSection';
import { MigrationPanel } from './MigrationPanel';
import type { Outcome } from './OutcomeMessage';
import { VersionDiff } from './VersionDiff';
import { useVersionFacts } from './useVersionFacts';
import { VersionTable } from './VersionTable';

/** The versions of one process: their standing, who published what and why, the nämnd's beslut, a diff, files, migration. */
export function VersionsPage({ id }: { id: string }) {
  const { backend, now } = useServices();
  const [tick, setTick] = useState(0);
  const versions = useMemo(() => backend.registry.versions(id), [backend, id, tick]);
  const newest = versions[versions.length - 1]?.definition;
  const [fileStatus, setFileStatus] = useState<Outcome>();
  const refresh = () => setTick((t) => t + 1);
  const facts = useVersionFacts(id, versions, tick);

  if (!newest) return <p className="rejection">Processen "{id}" finns inte.</p>;

  const exportVersion = (version: number) => {
    const file = exportDefinitionFile(backend.registry, id, version, now());
    if (!file) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    link.download = `process-${id}-version-${version}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    setFileStatus({ kind: 'ok', text: `Version ${version} är exporterad som fil.` });
  };

  return (
    <>
      <h1>Versioner av {newest.title}</h1>
      <p>
        <a href={href({ page: 'processer', id, vy: 'redigera' })}>Redigera {newest.title}</a> ·{' '}
        <a href={href({ page: 'processer', id, vy: 'andringsforteckning' })}>Skriv ut ändringsförteckning</a>
      </p>
      <VersionTable id={id} versions={versions} facts={facts} onExport={exportVersion} />
      <VersionDiff versions={versions} impacts={facts.impacts} />
      <MigrationPanel id={id} target={newest.version} onMoved={refresh} />
      <ImportSection title={newest.title} status={fileStatus} setStatus={setFileStatus} onImported={refresh} />
    </>
  );
}
