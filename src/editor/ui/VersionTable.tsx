import type { LoadedDefinition } from '../../engine/index';
import { formatDateTime } from '../../kit/format';
import { useServices } from '../../kit/services';

/** Every published version: when, by whom and why, each to export as a file. */
export function VersionTable({ versions, onExport }: { versions: readonly LoadedDefinition[]; onExport(version: number): void }) {
  const { people } = useServices();
  const nameOf = (userId: string) => people.find((u) => u.userId === userId)?.namn ?? userId;
  return (
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
              <button type="button" className="link-button" onClick={() => onExport(d.version)}>
                Exportera version {d.version}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
