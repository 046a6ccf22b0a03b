import type { Figure, Kvalitetsberattelse, ShareTable } from '../../../engine/index';
import { BarChart } from '../charts';
import { CsvButton } from '../CsvButton';
import { FigureLink } from '../FigureLink';
import { FigureTable } from '../FigureTable';

interface ShareRow {
  key: string;
  label: string;
  detail?: string;
  figure: Figure;
  percent: string;
  total?: true;
}

interface SharesProps {
  table: ShareTable;
  first: string;
  title: string;
  report: Kvalitetsberattelse;
  id: string;
  none?: string;
}

/** Counts and shares per group (kategori, enhet …): a bar chart with the table beside it. */
export function SharesSection({ table, first, title, report, id, none = 'Inga avvikelser under perioden.' }: SharesProps) {
  const period = report.period.label;
  const rows: ShareRow[] = [
    ...table.rows.map((r) => ({
      key: r.key,
      label: r.label,
      ...(r.detail ? { detail: r.detail } : {}),
      figure: r,
      percent: `${r.percent.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`,
    })),
    { key: 'totalt', label: 'Totalt', figure: table.total, percent: table.total.count ? '100,0 %' : '–', total: true },
  ];
  return (
    <section aria-labelledby={`${id}-h`} className="report-section">
      <h2 id={`${id}-h`}>{title}</h2>
      {table.total.count === 0 ? (
        <p>{none}</p>
      ) : (
        <figure>
          <BarChart title={title} bars={table.rows.map((r) => ({ label: r.label, value: r.count }))} />
          <figcaption className="visually-hidden">{title} som diagram; samma siffror finns i tabellen nedan.</figcaption>
        </figure>
      )}
      <FigureTable
        caption={`${title}, ${period}`}
        rows={rows}
        rowKey={(r) => r.key}
        isTotal={(r) => r.total === true}
        columns={[
          {
            title: first,
            rowHeader: true,
            cell: (r) => (
              <>
                {r.label}
                {r.detail ? <span className="hint"> ({r.detail})</span> : null}
              </>
            ),
          },
          {
            title: 'Antal',
            cell: (r) => (
              <FigureLink figure={r.figure} what={r.total ? `${title}, totalt, ${period}` : `${title}: ${r.label}, ${period}`} />
            ),
          },
          { title: 'Andel', cell: (r) => r.percent },
        ]}
      />
      <CsvButton report={report} id={id} title={title.toLowerCase()} />
    </section>
  );
}
