import { useState } from 'react';
import type { ReactNode } from 'react';
import type { VersionBeslut } from '../../api/versionBeslut';
import type { LoadedDefinition } from '../../engine/index';
import { formatDateTime } from '../../kit/format';
import { useServices } from '../../kit/services';
import { BeslutForm } from './BeslutForm';
import { beslutText } from './beslutWords';
import type { VersionFacts } from './useVersionFacts';
import { openCount, versionStatus } from './versionStatus';

/** Every published version: its standing, when, by whom and why, the nämnd's beslut, who still follows it, its file. */
export function VersionTable(props: {
  id: string;
  versions: readonly LoadedDefinition[];
  facts: VersionFacts;
  onExport(version: number): void;
}) {
  const { people } = useServices();
  const { versions, facts } = props;
  const [editing, setEditing] = useState<number>();
  const nameOf = (userId: string) => people.find((u) => u.userId === userId)?.namn ?? 'okänd person';
  return (
    <table className="versions">
      <caption>Publicerade versioner, nyaste sist</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Status</th>
          <th scope="col">Publicerad</th>
          <th scope="col">Av</th>
          <th scope="col">Ändringsnotering</th>
          <th scope="col">Nämndens beslut</th>
          <th scope="col">Öppna ärenden</th>
          <th scope="col">Fil</th>
        </tr>
      </thead>
      <tbody>
        {versions.map(({ definition: d }, i) => (
          <tr key={d.version}>
            <th scope="row">{d.version}</th>
            <td>{versionStatus(versions, i)}</td>
            <td>{d.published ? formatDateTime(d.published.at) : 'Levererad med programmet'}</td>
            <td>{d.published ? nameOf(d.published.by) : '–'}</td>
            <td>{d.published?.note ?? '–'}</td>
            <td>
              <BeslutCell
                beslut={facts.beslut?.get(d.version)}
                loading={!facts.beslut && !facts.beslutError}
                version={d.version}
                open={editing === d.version}
                onToggle={() => setEditing(editing === d.version ? undefined : d.version)}
                form={
                  <BeslutForm
                    id={props.id}
                    version={d.version}
                    current={facts.beslut?.get(d.version)}
                    onSaved={() => void facts.reloadBeslut()}
                  />
                }
              />
            </td>
            <td>{facts.impacts ? openCount(facts.impacts.get(d.version)?.open ?? 0) : 'Räknar …'}</td>
            <td>
              <button type="button" className="link-button" onClick={() => props.onExport(d.version)}>
                Exportera version {d.version}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BeslutCell(props: {
  beslut: VersionBeslut | undefined;
  loading: boolean;
  open: boolean;
  onToggle(): void;
  form: ReactNode;
  version: number;
}) {
  if (props.loading) return <>Läser in …</>;
  return (
    <>
      {props.beslut ? beslutText(props.beslut) : 'Inget beslut registrerat'}{' '}
      <button type="button" className="link-button" aria-expanded={props.open} onClick={props.onToggle}>
        {props.beslut ? 'Ändra beslutet' : 'Registrera beslut'} om version {props.version}
      </button>
      {props.open && props.form}
    </>
  );
}
