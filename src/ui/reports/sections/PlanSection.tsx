import type { Kvalitetsberattelse, PlanTable } from '../../../engine/index';
import { PLAN_COLUMNS } from '../../../engine/index';
import { CsvButton } from '../CsvButton';
import { FigureLink } from '../FigureLink';
import { FigureTable } from '../FigureTable';

/** Planned against performed per group (egenkontroller per kontroll): every cell leads to its ärenden. */
export function PlanSection({ table, report, none }: { table: PlanTable; report: Kvalitetsberattelse; none: string }) {
  const title = table.title;
  const period = report.period.label;
  const basis = report.datumgrund === 'rapportdatum' ? 'efter dagen de planerades' : 'efter planerat datum';
  return (
    <section aria-labelledby={`${table.id}-h`} className="report-section">
      <h2 id={`${table.id}-h`}>{title}</h2>
      {table.total.planerade.count === 0 ? (
        <p>{none}</p>
      ) : (
        <p>
          <FigureLink figure={table.total.planerade} what={`${title}: planerade, ${period}`} /> planerade, varav{' '}
          <FigureLink figure={table.total.genomforda} what={`${title}: genomförda, ${period}`} /> genomförda och{' '}
          <FigureLink figure={table.total.forsenade} what={`${title}: försenade, ${period}`} /> försenade (läge {report.idag}).
        </p>
      )}
      <FigureTable
        caption={`${title}, ${period} (${basis}), läge ${report.idag}`}
        rows={[...table.rows, { key: 'totalt', label: 'Totalt', ...table.total }]}
        rowKey={(row) => row.key}
        isTotal={(row) => row.key === 'totalt'}
        columns={[
          { title: table.groupTitle, rowHeader: true, cell: (row) => row.label },
          ...PLAN_COLUMNS.map(([k, h]) => ({
            title: h,
            cell: (row: PlanTable['total'] & { key: string; label: string }) => (
              <FigureLink figure={row[k]} what={`${title}: ${row.label}, ${h.toLowerCase()}, ${period}`} />
            ),
          })),
        ]}
      />
      <CsvButton report={report} id={table.id} title={title.toLowerCase()} />
    </section>
  );
}
