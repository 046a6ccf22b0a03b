import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { formatLongDate } from '../../kit/format';
import { ReportSections } from './ReportSections';
import type { Organisation } from '../../engine/index';
import { FigureSource, useReport } from './useReport';
import type { ReportChoice } from './useReport';
import './reports.css';

const NARRATIVE = [
  [
    'Hur kvalitetsarbetet har bedrivits',
    'Beskriv ledningssystemet, rutinerna och hur personalen har deltagit i kvalitetsarbetet under året.',
  ],
  [
    'Vilka åtgärder som har vidtagits',
    'Beskriv de viktigaste åtgärderna för att säkra kvaliteten, utifrån avvikelser, lex Sarah och riskanalyser.',
  ],
  ['Vilka resultat som har uppnåtts', 'Beskriv vad åtgärderna ledde till och vad som ska förbättras nästa år.'],
] as const;

/** The name of the verksamhet or enhet a choice's `urval` names (`v:…`, `e:…`), or undefined for the whole förvaltning. */
function urvalName(org: Organisation, urval: string): string | undefined {
  if (urval.startsWith('v:')) return org.verksamheter.find((v) => v.id === urval.slice(2))?.namn ?? urval.slice(2);
  if (urval.startsWith('e:')) return org.enheter.find((e) => e.id === urval.slice(2))?.namn ?? urval.slice(2);
  return undefined;
}

const jamforelse = (n: number) =>
  n === 0 ? 'Utan jämförelse med tidigare år.' : `Jämförelsen går ${n === 1 ? 'ett år' : `${n} år`} tillbaka.`;

/** A printable draft of the year's kvalitetsberättelse: the figures, the lex Sarah list and headings for the narrative. */
export function KvalitetsberattelsePrint({ choice }: { choice: ReportChoice }) {
  const { now, org } = useServices();
  const { year, datumgrund } = choice;
  const { report, loading, error, problem, mayView, request } = useReport(choice);
  const urval = urvalName(org, choice.urval);
  return (
    <article className="print-doc kvalitetsberattelse">
      <p className="no-print">
        <a href={href({ page: 'rapporter' })}>Tillbaka till rapporterna</a> ·{' '}
        <button type="button" onClick={() => window.print()}>
          Skriv ut eller spara som PDF
        </button>
      </p>
      <h1>
        Kvalitetsberättelse {year}
        {urval ? ` – ${urval}` : ''}
      </h1>
      <p className="hint">
        Utkast skapat {formatLongDate(now())} ur dokumentationen i Kvalitetsflöde. Siffrorna avser{' '}
        {datumgrund === 'rapportdatum'
          ? `ärenden som rapporterades under ${year}`
          : `ärenden vars händelse inträffade under ${year}, också de som rapporterades senare (riskanalyser räknas efter ` +
            `rapportdatum, egenkontroller efter planerat datum)`}
        {urval ? `, i ${urval}` : ''}. {jamforelse(choice.jamforelser)}
      </p>
      {(error || problem) && <p role="alert">Kvalitetsberättelsen kunde inte skapas: {error?.message ?? problem}</p>}
      {loading && <p aria-live="polite">Räknar fram siffrorna …</p>}
      {NARRATIVE.map(([title, help]) => (
        <section key={title} className="narrative">
          <h2>{title}</h2>
          <p className="hint">{help}</p>
          <div className="write-here" aria-hidden="true" />
        </section>
      ))}
      {report && (
        <FigureSource.Provider value={request}>
          <ReportSections report={report} print mayView={mayView} />
        </FigureSource.Provider>
      )}
    </article>
  );
}
