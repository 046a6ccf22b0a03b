import type { Kvalitetsberattelse } from '../../../engine/index';
import { DATUMGRUND_LABELS, processLabel } from '../../../engine/index';
import { LineChart } from '../charts';
import { CsvButton } from '../CsvButton';
import { FigureLink } from '../FigureLink';
import { FigureTable } from '../FigureTable';
import { useServices } from '../../../kit/services';

type TrendRow = Kvalitetsberattelse['trend'][number];

/** A count of ärenden per period and process, with the change against the period before. */
function TrendCell({ row, type }: { row: TrendRow; type: string }) {
  const { packs } = useServices();
  const change = row.forandring?.[type];
  return (
    <>
      <FigureLink figure={row.antal[type] ?? { count: 0, arendeIds: [] }} what={`${processLabel(packs, type)}, ${row.period.label}`} />
      {change?.procent !== undefined && (
        <span className="hint">
          {' '}
          ({change.skillnad >= 0 ? '+' : '−'}
          {Math.abs(change.procent).toLocaleString('sv-SE')} %)
        </span>
      )}
    </>
  );
}

/** Ärenden per period and process: a line chart with the table beside it. */
export function TrendSection({ report }: { report: Kvalitetsberattelse }) {
  const { packs } = useServices();
  const types = Object.keys(report.trend[report.trend.length - 1]?.antal ?? {});
  const periods = report.trend.map((t) => t.period.label);
  return (
    <section aria-labelledby="trend-h" className="report-section">
      <h2 id="trend-h">Antal ärenden per period</h2>
      <figure>
        <LineChart
          title="Antal ärenden per period och process"
          periods={periods}
          series={types.map((t) => ({ label: processLabel(packs, t), values: report.trend.map((row) => row.antal[t]?.count ?? 0) }))}
        />
        <figcaption className="visually-hidden">Trenden som diagram; samma siffror finns i tabellen nedan.</figcaption>
      </figure>
      <FigureTable
        caption={`Antal per period (${DATUMGRUND_LABELS[report.datumgrund].toLowerCase()}), ${periods.join(', ')}`}
        rows={report.trend}
        rowKey={(row) => row.period.label}
        columns={[
          { title: 'Period', rowHeader: true, cell: (row) => row.period.label },
          ...types.map((t) => ({ title: processLabel(packs, t), cell: (row: TrendRow) => <TrendCell row={row} type={t} /> })),
        ]}
      />
      <CsvButton report={report} id="trend" title="antal per år" />
    </section>
  );
}
