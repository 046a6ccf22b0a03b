import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { formatLongDate } from '../../kit/format';
import { ReportSections } from './ReportSections';
import type { Datumgrund } from '../../engine/index';
import { defaultChoice, FigureSource, useReport } from './useReport';
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

/** A printable draft of the year's kvalitetsberättelse: the figures, the lex Sarah list and headings for the narrative. */
export function KvalitetsberattelsePrint({ year, datumgrund }: { year: number; datumgrund: Datumgrund }) {
  const { now } = useServices();
  const { report, loading, error, problem, mayView, request } = useReport(defaultChoice(year, datumgrund));
  return (
    <article className="print-doc kvalitetsberattelse">
      <p className="no-print">
        <a href={href({ page: 'rapporter' })}>Tillbaka till rapporterna</a> ·{' '}
        <button type="button" onClick={() => window.print()}>
          Skriv ut eller spara som PDF
        </button>
      </p>
      <h1>Kvalitetsberättelse {year}</h1>
      <p className="hint">
        Utkast skapat {formatLongDate(now())} ur dokumentationen i Kvalitetsflöde. Siffrorna avser{' '}
        {datumgrund === 'rapportdatum'
          ? `ärenden som rapporterades under ${year}`
          : `ärenden vars händelse inträffade under ${year}, också de som rapporterades senare (riskanalyser räknas efter ` +
            `rapportdatum, egenkontroller efter planerat datum)`}
        .
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
