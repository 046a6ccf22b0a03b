import type { ReactNode } from 'react';
import type { Figure, Kvalitetsberattelse } from '../../../engine/index';
import { formatNumber } from '../../../kit/format';
import { CsvButton } from '../CsvButton';
import { FigureLink } from '../FigureLink';
import { FigureTable } from '../FigureTable';

/** A row of the frister table: one frist of a process, or the sum over ärenden with any frist. */
interface FristRow {
  key: string;
  process: string;
  frist: ReactNode;
  sent: Figure;
  sentWhat: string;
  late: Figure;
  lateWhat: string;
  total?: true;
}

function fristRows(r: Kvalitetsberattelse): FristRow[] {
  const period = r.period.label;
  return [
    ...r.frister.perFrist.map((f) => ({
      key: `${f.processType}-${f.id}`,
      process: f.processLabel,
      frist: (
        <>
          {f.title} <span className="hint">({f.kind === 'legal' ? 'lagkrav' : 'rutin'})</span>
        </>
      ),
      sent: f.sentUppfyllda,
      sentWhat: `${f.title}: uppfyllt sent, ${period}`,
      late: f.forsenade,
      lateWhat: `${f.title}: försenat, ${period}`,
    })),
    {
      key: 'alla',
      process: 'Alla',
      frist: 'Ärenden med någon frist',
      sent: r.frister.sentUppfyllda,
      sentWhat: `Ärenden med frist uppfylld sent, ${period}`,
      late: r.frister.forsenade,
      lateWhat: `Ärenden med försenad frist, ${period}`,
      total: true,
    },
  ];
}

/** Lead times from rapport to closing, and the frister met late or late now, per process. */
export function LedtiderSection({ report: r }: { report: Kvalitetsberattelse }) {
  const period = r.period.label;
  return (
    <section aria-labelledby="ledtid-h" className="report-section">
      <h2 id="ledtid-h">Ledtider och frister</h2>
      <FigureTable
        caption="Ledtid från rapport till avslut (median, kalenderdagar)"
        rows={r.ledtider}
        rowKey={(l) => l.processType}
        columns={[
          { title: 'Process', rowHeader: true, cell: (l) => l.label },
          { title: 'Median dagar', cell: (l) => (l.medianDagar === undefined ? '–' : formatNumber(l.medianDagar)) },
          { title: 'Avslutade', cell: (l) => <FigureLink figure={l.avslutade} what={`${l.label} avslutade, ${period}`} /> },
          { title: 'Pågående', cell: (l) => <FigureLink figure={l.pagaende} what={`${l.label} pågående, ${period}`} /> },
          {
            title: 'Efterregistrerade',
            cell: (l) => <FigureLink figure={l.efterregistrerade} what={`${l.label} efterregistrerade och avslutade, ${period}`} />,
          },
        ]}
      />
      {r.ledtider.some((l) => l.efterregistrerade.count > 0) && (
        <p className="hint">
          Efterregistrerade ärenden ingår inte i ledtiden: de avslutades samma dag som de fördes in, inte när de hanterades.
        </p>
      )}
      <CsvButton report={r} id="ledtider" title="ledtiderna" />
      <FigureTable
        caption="Frister som uppfyllts sent eller är försenade nu"
        rows={fristRows(r)}
        rowKey={(f) => f.key}
        isTotal={(f) => f.total === true}
        columns={[
          { title: 'Process', cell: (f) => f.process },
          { title: 'Frist', rowHeader: true, cell: (f) => f.frist },
          { title: 'Sent uppfyllda', cell: (f) => <FigureLink figure={f.sent} what={f.sentWhat} /> },
          { title: 'Försenade nu', cell: (f) => <FigureLink figure={f.late} what={f.lateWhat} /> },
        ]}
      />
      <CsvButton report={r} id="frister" title="fristerna" />
    </section>
  );
}
