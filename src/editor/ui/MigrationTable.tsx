import type { ProcessRow } from '../../api/contract';
import { formatDate } from '../../kit/format';
import { arendeNumber, enhetName } from '../../kit/labels';
import { useServices } from '../../kit/services';

interface MigrationTableProps {
  rows: readonly ProcessRow[];
  chosen: ReadonlySet<string>;
  setChosen(chosen: ReadonlySet<string>): void;
}

/** The open ärenden on older versions as content-free rows, each to choose for a move. */
export function MigrationTable({ rows, chosen, setChosen }: MigrationTableProps) {
  const { org } = useServices();
  const toggle = (arendeId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(arendeId);
    else next.delete(arendeId);
    setChosen(next);
  };
  return (
    <table className="migration-table">
      <caption>Öppna ärenden på äldre versioner</caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              aria-label="Markera alla ärenden"
              checked={chosen.size === rows.length}
              onChange={(e) => setChosen(new Set(e.target.checked ? rows.map((r) => r.arendeId) : []))}
            />
          </th>
          <th scope="col">Ärende</th>
          <th scope="col">Version</th>
          <th scope="col">Enhet</th>
          <th scope="col">Aktuellt steg</th>
          <th scope="col">Startat</th>
          <th scope="col">Senast ändrat</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.arendeId}>
            <td>
              <input
                type="checkbox"
                aria-label={`Markera ärende ${arendeNumber(r.arendeId)}`}
                checked={chosen.has(r.arendeId)}
                onChange={(e) => toggle(r.arendeId, e.target.checked)}
              />
            </td>
            {/* A number, not a link: the processägare moves ärenden without reading them. */}
            <th scope="row">{arendeNumber(r.arendeId)}</th>
            <td>{r.definitionVersion}</td>
            <td>{enhetName(org, r.enhetId)}</td>
            <td>{r.activeSteps.map((s) => s.title).join(', ') || '–'}</td>
            <td>{formatDate(r.openedAt)}</td>
            <td>{formatDate(r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
