import type { Figure, Kvalitetsberattelse, PackFigureTable } from '../../engine/index';
import { CsvButton } from './CsvButton';
import { FigureLink } from './FigureLink';
import { FigureTable } from './FigureTable';
import type { FigureColumn } from './FigureTable';

const NONE: Figure = { count: 0, arendeIds: [] };

type Row = PackFigureTable['rows'][number];

/** A pack's own table (`ProcessPack.reportTables`): one row per group, a figure per column, each leading to its ärenden. */
export function FigureTableView({ table, report }: { table: PackFigureTable; report: Kvalitetsberattelse }) {
  const rows: readonly Row[] = table.total ? [...table.rows, { key: 'totalt', label: 'Totalt', cells: table.total }] : table.rows;
  const columns: FigureColumn<Row>[] = [
    {
      title: table.groupTitle,
      rowHeader: true,
      cell: (row) => (
        <>
          {row.label}
          {row.detail ? <span className="detail"> {row.detail}</span> : null}
        </>
      ),
    },
    ...table.columns.map((c): FigureColumn<Row> => ({
      title: c.title,
      cell: (row) => (
        <FigureLink
          figure={row.cells[c.key] ?? NONE}
          what={`${table.title}: ${row.label}, ${c.title.toLowerCase()}, ${report.period.label}`}
        />
      ),
    })),
  ];
  return (
    <section aria-labelledby={`${table.id}-h`} className="report-section">
      <h2 id={`${table.id}-h`}>{table.title}</h2>
      <FigureTable
        caption={`${table.title}, ${report.period.label}`}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.key}
        isTotal={(row) => row.key === 'totalt'}
      />
      <CsvButton report={report} id={table.id} title={`"${table.title}"`} />
    </section>
  );
}
