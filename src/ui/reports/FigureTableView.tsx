import type { Figure, Kvalitetsberattelse, PackFigureTable } from '../../engine/index';
import { FigureLink } from './FigureLink';

const NONE: Figure = { count: 0, arendeIds: [] };

/** A pack's own table (`ProcessPack.reportTables`): one row per group, a figure per column, each leading to its ärenden. */
export function FigureTableView({ table, report }: { table: PackFigureTable; report: Kvalitetsberattelse }) {
  const rows = table.total ? [...table.rows, { key: 'totalt', label: 'Totalt', cells: table.total }] : table.rows;
  return (
    <section aria-labelledby={`${table.id}-h`} className="report-section">
      <h2 id={`${table.id}-h`}>{table.title}</h2>
      <table className="report-table">
        <caption>
          {table.title}, {report.period.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.groupTitle}</th>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.key === 'totalt' ? 'total' : undefined}>
              <th scope="row">
                {row.label}
                {'detail' in row && row.detail ? <span className="detail"> {row.detail}</span> : null}
              </th>
              {table.columns.map((c) => (
                <td key={c.key}>
                  <FigureLink
                    figure={row.cells[c.key] ?? NONE}
                    what={`${table.title}: ${row.label}, ${c.title.toLowerCase()}, ${report.period.label}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
