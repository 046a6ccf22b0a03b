import type { Kvalitetsberattelse } from '../../../engine/index';
import { ATGARD_COLUMNS, DATUMGRUND_LABELS, processLabel } from '../../../engine/index';
import { CsvButton } from '../CsvButton';
import { FigureLink } from '../FigureLink';
import { FigureTable } from '../FigureTable';
import { useServices } from '../../../kit/services';

type AtgardCounts = Kvalitetsberattelse['atgarder']['alla'];

/** The åtgärder of the period's ärenden per process and in all, by state: each count leads to its ärenden. */
export function AtgarderSection({ report }: { report: Kvalitetsberattelse }) {
  const { packs } = useServices();
  const rows: (readonly [string, AtgardCounts])[] = [
    ...Object.entries(report.atgarder.perProcess),
    ['alla', report.atgarder.alla] as const,
  ];
  const name = (type: string) => (type === 'alla' ? 'alla processer' : processLabel(packs, type));
  return (
    <section aria-labelledby="atgarder-h" className="report-section">
      <h2 id="atgarder-h">Åtgärder</h2>
      <FigureTable
        caption={
          `Åtgärder i ärendena för ${report.period.label} ` + `(${DATUMGRUND_LABELS[report.datumgrund].toLowerCase()}), läge ${report.idag}`
        }
        rows={rows}
        rowKey={([type]) => type}
        isTotal={([type]) => type === 'alla'}
        columns={[
          { title: 'Process', rowHeader: true, cell: ([type]) => (type === 'alla' ? 'Alla' : processLabel(packs, type)) },
          ...ATGARD_COLUMNS.map(([k, h]) => ({
            title: h,
            cell: ([type, c]: readonly [string, AtgardCounts]) => (
              <FigureLink figure={c[k]} what={`Åtgärder ${h.toLowerCase()}, ${name(type)}, ${report.period.label}`} />
            ),
          })),
        ]}
      />
      <CsvButton report={report} id="atgarder" title="åtgärderna" />
    </section>
  );
}
