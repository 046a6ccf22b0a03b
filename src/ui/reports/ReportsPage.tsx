import { useState } from 'react';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { formatNumber } from '../../kit/format';
import { FigureLink } from './FigureLink';
import { KvalitetsberattelsePrint } from './KvalitetsberattelsePrint';
import { ReportSections } from './ReportSections';
import { ReminderStats } from './ReminderStats';
import { DATUMGRUND_LABELS, DATUMGRUNDER } from '../../engine/index';
import type { Datumgrund } from '../../engine/index';
import { defaultChoice, FigureSource, parseUtskriftKey, useReport, utskriftKey } from './useReport';
import type { ReportChoice } from './useReport';
import './reports.css';

/** Statistics and the kvalitetsberättelse, straight from the records (loaded lazily with its charts). */
export default function ReportsPage({ utskrift }: { utskrift?: string }) {
  if (utskrift) return <KvalitetsberattelsePrint {...parseUtskriftKey(utskrift)} />;
  return <Reports />;
}

function Reports() {
  const { org, now } = useServices();
  const thisYear = Number(now().slice(0, 4));
  const [c, setC] = useState<ReportChoice>(() => defaultChoice(thisYear));
  const { report, problem, loading, error, mayView, resolve } = useReport(c);
  const set = <K extends keyof ReportChoice>(k: K, v: ReportChoice[K]) => setC((old) => ({ ...old, [k]: v }));
  // Every year with data (the server's answer), this year and the one chosen; newest first.
  const years = [...new Set([thisYear, c.year, ...(report?.arMedData ?? [])])].sort((a, b) => b - a);
  const grund = report?.datumgrund ?? c.datumgrund;

  return (
    <>
      <h1>Rapporter och kvalitetsberättelse</h1>
      <p className="hint">
        Siffrorna räknas direkt ur ärendenas händelser. Varje siffra är en knapp som öppnar just de ärenden den bygger på. Inga namn eller personuppgifter
        visas här.
      </p>
      <form className="filters" aria-label="Välj period och urval" onSubmit={(e) => e.preventDefault()}>
        <p>
          <label htmlFor="r-typ">Period</label>
          <select id="r-typ" value={c.kind} onChange={(e) => set('kind', e.target.value as ReportChoice['kind'])}>
            <option value="year">Helår</option>
            <option value="half">Halvår</option>
            <option value="quarter">Kvartal</option>
            <option value="custom">Egna datum</option>
          </select>
        </p>
        {c.kind !== 'custom' && (
          <p>
            <label htmlFor="r-ar">År</label>
            <select id="r-ar" value={c.year} onChange={(e) => set('year', Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </p>
        )}
        {c.kind === 'half' && (
          <p>
            <label htmlFor="r-halvar">Halvår</label>
            <select id="r-halvar" value={c.half} onChange={(e) => set('half', Number(e.target.value) as 1 | 2)}>
              <option value={1}>Första (jan–jun)</option>
              <option value={2}>Andra (jul–dec)</option>
            </select>
          </p>
        )}
        {c.kind === 'quarter' && (
          <p>
            <label htmlFor="r-kvartal">Kvartal</label>
            <select id="r-kvartal" value={c.quarter} onChange={(e) => set('quarter', Number(e.target.value) as 1 | 2 | 3 | 4)}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  Kvartal {q}
                </option>
              ))}
            </select>
          </p>
        )}
        {c.kind === 'custom' && (
          <>
            <p>
              <label htmlFor="r-fran">Från</label>
              <input id="r-fran" type="date" value={c.from} onChange={(e) => set('from', e.target.value)} />
            </p>
            <p>
              <label htmlFor="r-till">Till och med</label>
              <input id="r-till" type="date" value={c.to} onChange={(e) => set('to', e.target.value)} />
            </p>
          </>
        )}
        <p>
          <label htmlFor="r-datum">Räkna ärendena efter</label>
          <select id="r-datum" aria-describedby="r-datum-hint" value={c.datumgrund} onChange={(e) => set('datumgrund', e.target.value as Datumgrund)}>
            {DATUMGRUNDER.map((d) => (
              <option key={d} value={d}>
                {DATUMGRUND_LABELS[d]}
              </option>
            ))}
          </select>
          <span id="r-datum-hint" className="hint">
            {' '}
            {c.datumgrund === 'rapportdatum'
              ? 'Dagen rapporten lämnades in.'
              : 'Dagen händelsen inträffade, också om den rapporterades senare. Riskanalyser räknas efter rapportdatum.'}
          </span>
        </p>
        <p>
          <label htmlFor="r-urval">Verksamhet eller enhet</label>
          <select id="r-urval" value={c.urval} onChange={(e) => set('urval', e.target.value)}>
            <option value="">Hela förvaltningen</option>
            {org.verksamheter.map((v) => (
              <optgroup key={v.id} label={v.namn}>
                <option value={`v:${v.id}`}>Hela {v.namn}</option>
                {org.enheter
                  .filter((e) => e.verksamhetId === v.id)
                  .map((e) => (
                    <option key={e.id} value={`e:${e.id}`}>
                      {e.namn}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="r-jamfor">Jämför med tidigare</label>
          <select id="r-jamfor" value={c.jamforelser} onChange={(e) => set('jamforelser', Number(e.target.value))}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? 'period' : 'perioder'} bakåt
              </option>
            ))}
          </select>
        </p>
      </form>
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
          <p role="status">
            {report.period.label}: <FigureLink figure={report.arenden} what={`Alla ärenden ${grund === 'rapportdatum' ? 'rapporterade' : 'med händelse'} ${report.period.label}`} />{' '}
            {grund === 'rapportdatum' ? 'ärenden rapporterade under perioden' : 'ärenden med händelsedatum under perioden'}
            {report.utanRapport.count > 0 && <> ({formatNumber(report.utanRapport.count)} öppnade men aldrig rapporterade räknas inte)</>}.{' '}
            {c.kind === 'year' && (
              <a className="no-print" href={href({ page: 'rapporter', utskrift: utskriftKey(c.year, c.datumgrund) })}>
                Kvalitetsberättelse {c.year} (utskrift)
              </a>
            )}
          </p>
          <FigureSource.Provider value={resolve}>
            <ReportSections report={report} mayView={mayView} />
          </FigureSource.Provider>
        </div>
      )}
      <ReminderStats />
    </>
  );
}
