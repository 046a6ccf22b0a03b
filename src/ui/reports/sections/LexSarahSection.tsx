import type { Figure, Kvalitetsberattelse } from '../../../engine/index';
import { arendeNumber } from '../../../kit/labels';
import { href } from '../../../kit/router';
import { CsvButton } from '../CsvButton';
import type { FigureColumn } from '../FigureTable';
import { FigureTable } from '../FigureTable';
import { FigureLink } from '../FigureLink';

const NONE: Figure = { count: 0, arendeIds: [] };
type LexSarahRow = Kvalitetsberattelse['lexSarah'][number];

/** "N rapporter, varav M anmälda till IVO": the lex Sarah figures a nämnd reads, each leading to its ärenden. */
function LexSarahIvo({ report }: { report: Kvalitetsberattelse }) {
  return (
    <ul className="namnd-figures">
      {report.trend.map((row) => {
        const rapporter = row.antal['lex-sarah'] ?? NONE;
        const anmalda = row.anmaldaTillIvo;
        return (
          <li key={row.period.label}>
            <strong>{row.period.label}:</strong> <FigureLink figure={rapporter} what={`Lex Sarah-rapporter, ${row.period.label}`} />{' '}
            {rapporter.count === 1 ? 'rapport' : 'rapporter'}, varav{' '}
            <FigureLink figure={anmalda} what={`Lex Sarah-rapporter anmälda till IVO, ${row.period.label}`} />{' '}
            {anmalda.count === 1 ? 'anmäld' : 'anmälda'} till IVO
          </li>
        );
      })}
    </ul>
  );
}

/** The list's columns; the link to the ärende only on screen. */
function columns(print: boolean): FigureColumn<LexSarahRow>[] {
  const all: FigureColumn<LexSarahRow>[] = [
    { title: 'Händelsedatum', className: 'nowrap', cell: (x) => x.handelseDatum },
    {
      title: 'Rapportdatum',
      className: 'nowrap',
      cell: (x) => (
        <>
          {x.rapportDatum}
          {x.efterregistrerad && <span className="hint"> (efterregistrerad)</span>}
        </>
      ),
    },
    {
      title: 'Verksamhet',
      cell: (x) => (
        <>
          {x.verksamhet}
          <span className="hint"> ({x.enhet})</span>
        </>
      ),
    },
    { title: 'Kategori', cell: (x) => x.kategori },
    { title: 'Händelse', className: 'handelse-text', cell: (x) => x.handelse },
    { title: 'Bedömning', cell: (x) => x.bedomning },
    { title: 'Anmäld till IVO', cell: (x) => (x.anmaldTillIvo && x.ivoSkickadDatum ? `${x.ivoText}, ${x.ivoSkickadDatum}` : x.ivoText) },
    { title: 'Åtgärder', cell: (x) => x.atgarder.text },
  ];
  const link: FigureColumn<LexSarahRow> = {
    title: 'Ärende',
    cell: (x) => <a href={href({ page: 'arende', id: x.arendeId })}>{arendeNumber(x.arendeId)}</a>,
  };
  return print ? all : [...all, link];
}

interface LexSarahProps {
  /** The report with only the rapporter the role may read in its list. */
  report: Kvalitetsberattelse;
  /** How many rapporter the period has in all (the counts cover every ärende). */
  all: number;
  print: boolean;
}

/** Lex Sarah: the figures per period, then the rapporter the role may read, each with its bedömning and IVO. */
export function LexSarahSection({ report, all, print }: LexSarahProps) {
  const shown = report.lexSarah;
  const hidden = all - shown.length;
  return (
    <section aria-labelledby="lexsarah-h" className="report-section">
      <h2 id="lexsarah-h">Lex Sarah-rapporter</h2>
      <LexSarahIvo report={report} />
      <CsvButton report={report} id="lex-sarah-ivo" title="antal lex Sarah-rapporter och anmälningar" />
      {hidden > 0 && (
        <p className="hint">
          {hidden} {hidden === 1 ? 'rapport' : 'rapporter'} i enheter som din roll inte omfattar räknas i siffrorna men visas inte i listan.
        </p>
      )}
      {shown.length === 0 ? (
        <p>{all === 0 ? 'Inga lex Sarah-rapporter under perioden.' : 'Inga lex Sarah-rapporter som du har behörighet att se.'}</p>
      ) : (
        <FigureTable
          caption={`Lex Sarah-rapporter, ${report.period.label}`}
          rows={shown}
          rowKey={(x) => x.arendeId}
          columns={columns(print)}
        />
      )}
      <CsvButton report={report} id="lex-sarah" title="lex Sarah-listan" />
    </section>
  );
}
