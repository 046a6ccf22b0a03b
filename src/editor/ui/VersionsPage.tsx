import { useId, useMemo, useState } from 'react';
import { diffDefinitions, exportDefinitionFile } from '../../engine/index';
import type { LoadedDefinition } from '../../engine/index';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { formatDateTime } from '../../kit/format';
import { MigrationPanel } from './MigrationPanel';

/** The versions of one process: who published what and why, a diff between any two, files, migration. */
export function VersionsPage({ id }: { id: string }) {
  const { backend, people, now } = useServices();
  const uid = useId();
  const [tick, setTick] = useState(0);
  const versions = useMemo(() => backend.registry.versions(id), [backend, id, tick]);
  const newest = versions[versions.length - 1]?.definition;
  const [from, setFrom] = useState(() => Math.max(1, (newest?.version ?? 1) - 1));
  const [to, setTo] = useState(() => newest?.version ?? 1);
  const [fileStatus, setFileStatus] = useState<{ kind: 'ok' | 'bad'; text: string; details?: string[] }>();
  const [importNote, setImportNote] = useState('');
  const a = versions.find((l) => l.definition.version === from)?.definition;
  const b = versions.find((l) => l.definition.version === to)?.definition;
  const changes = useMemo(() => (a && b ? diffDefinitions(a, b, backend.registry.catalog) : []), [a, b, backend]);
  const { data: impact } = useLoad(() => backend.impact(id, from), [backend, id, from, tick]);
  const nameOf = (userId: string) => people.find((u) => u.userId === userId)?.namn ?? userId;

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

  const importFile = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return setFileStatus({ kind: 'bad', text: 'Filen är inte giltig JSON. Ingenting har ändrats.' });
    }
    let r;
    try {
      r = await backend.importDefinition(data, importNote);
    } catch (e) {
      return setFileStatus({ kind: 'bad', text: 'Processfilen godtogs inte. Ingenting har ändrats.', details: [(e as Error).message] });
    }
    if (!r.ok) return setFileStatus({ kind: 'bad', text: 'Processfilen godtogs inte. Ingenting har ändrats.', details: (r.violations ?? []).map((v) => v.message) });
    setFileStatus({ kind: 'ok', text: `Filen är importerad som version ${r.version}.` });
    setTick((t) => t + 1);
  };

  return (
    <>
      <h1>Versioner av {newest.title}</h1>
      <p>
        <a href={href({ page: 'processer', id, vy: 'redigera' })}>Redigera {newest.title}</a>
      </p>
      <table className="versions">
        <caption>Publicerade versioner, nyaste sist</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Publicerad</th>
            <th scope="col">Av</th>
            <th scope="col">Ändringsnotering</th>
            <th scope="col">Fil</th>
          </tr>
        </thead>
        <tbody>
          {versions.map(({ definition: d }) => (
            <tr key={d.version}>
              <th scope="row">{d.version}</th>
              <td>{d.published ? formatDateTime(d.published.at) : 'Levererad med programmet'}</td>
              <td>{d.published ? nameOf(d.published.by) : '–'}</td>
              <td>{d.published?.note ?? '–'}</td>
              <td>
                <button type="button" className="link-button" onClick={() => exportVersion(d.version)}>
                  Exportera version {d.version}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby={`${uid}-diff`} className="diff">
        <h2 id={`${uid}-diff`}>Jämför versioner</h2>
        <div className="filters">
          <VersionSelect id={`${uid}-from`} label="Från version" value={from} versions={versions} onChange={setFrom} />
          <VersionSelect id={`${uid}-to`} label="Till version" value={to} versions={versions} onChange={setTo} />
        </div>
        {from === to ? (
          <p>Välj två olika versioner.</p>
        ) : changes.length === 0 ? (
          <p>Inga skillnader mellan version {from} och {to}.</p>
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

      <MigrationPanel id={id} target={newest.version} onMoved={() => setTick((t) => t + 1)} />

      <section aria-labelledby={`${uid}-import`}>
        <h2 id={`${uid}-import`}>Importera en processfil</h2>
        <p className="hint">Filen kontrolleras helt mot lagkraven innan något sparas. Den blir en ny version av {newest.title}.</p>
        <p>
          <label htmlFor={`${uid}-note`}>Ändringsnotering för importen</label>
          <input id={`${uid}-note`} value={importNote} onChange={(e) => setImportNote(e.target.value)} />
        </p>
        <p>
          <label htmlFor={`${uid}-file`}>Processfil (JSON)</label>
          <input id={`${uid}-file`} type="file" accept="application/json,.json" onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
        </p>
        {fileStatus && (
          <div role={fileStatus.kind === 'bad' ? 'alert' : 'status'} className={fileStatus.kind === 'bad' ? 'rejection' : 'success'}>
            <p>{fileStatus.text}</p>
            {fileStatus.details && (
              <ul>
                {fileStatus.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </>
  );
}

function VersionSelect(props: { id: string; label: string; value: number; versions: readonly LoadedDefinition[]; onChange(version: number): void }) {
  return (
    <p>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.versions.map(({ definition: d }) => (
          <option key={d.version} value={d.version}>
            {d.version}
          </option>
        ))}
      </select>
    </p>
  );
}
