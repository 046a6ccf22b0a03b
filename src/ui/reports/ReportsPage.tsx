import { useState } from 'react';
import { formatDateTime } from '../../kit/format';
import { useServices } from '../../kit/services';
import { KvalitetsberattelsePrint } from './KvalitetsberattelsePrint';
import { ReportSections } from './ReportSections';
import { ReminderStats } from './ReminderStats';
import { ReportFilters } from './ReportFilters';
import { ReportSummary } from './ReportSummary';
import { defaultChoice, FigureSource, parseUtskriftKey, useReport } from './useReport';
import type { ReportChoice } from './useReport';
import './reports.css';

/** Statistics and the kvalitetsberättelse, straight from the records (loaded lazily with its charts). */
export default function ReportsPage({ utskrift }: { utskrift?: string }) {
  if (utskrift) return <KvalitetsberattelsePrint choice={parseUtskriftKey(utskrift)} />;
  return <Reports />;
}

function Reports() {
  const { now } = useServices();
  const thisYear = Number(now().slice(0, 4));
  const [c, setC] = useState<ReportChoice>(() => defaultChoice(thisYear));
  const { report, problem, loading, error, mayView, request, loggkontroll } = useReport(c);
  const set = <K extends keyof ReportChoice>(k: K, v: ReportChoice[K]) => setC((old) => ({ ...old, [k]: v }));
  // Every year with data (the server's answer), this year and the one chosen; newest first.
  const years = [...new Set([thisYear, c.year, ...(report?.arMedData ?? [])])].sort((a, b) => b - a);

  return (
    <>
      <h1>Rapporter och kvalitetsberättelse</h1>
      <p className="hint">
        Siffrorna räknas direkt ur ärendenas händelser. Varje siffra är en knapp som öppnar just de ärenden den bygger på. Inga namn eller
        personuppgifter visas här.
      </p>
      {loggkontroll && !loggkontroll.ok && (
        <p role="alert" className="rejection">
          Varning: den senaste kontrollen av loggen ({formatDateTime(loggkontroll.checkedAt)}) hittade fel. Siffrorna kan bygga på ändrade
          eller saknade händelser tills felen är utredda. SAS och administratören ser felen under Kontroll av loggen.
        </p>
      )}
      <ReportFilters c={c} set={set} years={years} />
      {problem && (
        <p role="alert" className="rejection">
          {problem}
        </p>
      )}
      {error && (
        <p role="alert" className="rejection">
          Ärendena kunde inte läsas: {error.message}
        </p>
      )}
      {loading && <p aria-live="polite">Räknar fram siffrorna ur ärendena …</p>}
      {report && (
        <div className="report-ready">
          <ReportSummary report={report} choice={c} />
          <FigureSource.Provider value={request}>
            <ReportSections report={report} mayView={mayView} />
          </FigureSource.Provider>
        </div>
      )}
      <ReminderStats />
    </>
  );
}
