import type { Figure, Kvalitetsberattelse, PlanTable, ShareTable } from '../../engine/index';
import { ATGARD_COLUMNS, DATUMGRUND_LABELS, kvalitetsberattelseTables, PLAN_COLUMNS, processLabel } from '../../engine/index';
import { href } from '../../kit/router';
import { formatNumber } from '../../kit/format';
import { arendeNumber } from '../../kit/labels';
import { BarChart, LineChart } from './charts';
import { downloadCsv } from './downloadCsv';
import { FigureLink } from './FigureLink';

function CsvButton({ report, id, title }: { report: Kvalitetsberattelse; id: string; title: string }) {
  return (
    <button
      type="button"
      className="no-print"
      onClick={() => {
        const t = kvalitetsberattelseTables(report).find((x) => x.id === id);
        if (t) downloadCsv(`${id}-${report.period.label.replace(/\s+/g, '-')}${report.datumgrund === 'rapportdatum' ? '-rapportdatum' : ''}`, t.table);
      }}
    >
      Ladda ner {title} som CSV
    </button>
  );
}

function Shares({ table, first, title, report, id, none = 'Inga avvikelser under perioden.' }: { table: ShareTable; first: string; title: string; report: Kvalitetsberattelse; id: string; none?: string }) {
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
      <table className="report-table">
        <caption>
          {title}, {report.period.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">Antal</th>
            <th scope="col">Andel</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {r.label}
                {r.detail ? <span className="hint"> ({r.detail})</span> : null}
              </th>
              <td>
                <FigureLink figure={r} what={`${title}: ${r.label}, ${report.period.label}`} />
              </td>
              <td>{r.percent.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %</td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">Totalt</th>
            <td>
              <FigureLink figure={table.total} what={`${title}, totalt, ${report.period.label}`} />
            </td>
            <td>{table.total.count ? '100,0 %' : '–'}</td>
          </tr>
        </tbody>
      </table>
      <CsvButton report={report} id={id} title={title.toLowerCase()} />
    </section>
  );
}

/** Planned against performed per group (egenkontroller per kontroll): every cell leads to its ärenden. */
function PlanSection({ table, report, none }: { table: PlanTable; report: Kvalitetsberattelse; none: string }) {
  const title = table.title;
  return (
    <section aria-labelledby={`${table.id}-h`} className="report-section">
      <h2 id={`${table.id}-h`}>{title}</h2>
      {table.total.planerade.count === 0 ? (
        <p>{none}</p>
      ) : (
        <p>
          <FigureLink figure={table.total.planerade} what={`${title}: planerade, ${report.period.label}`} /> planerade, varav{' '}
          <FigureLink figure={table.total.genomforda} what={`${title}: genomförda, ${report.period.label}`} /> genomförda och{' '}
          <FigureLink figure={table.total.forsenade} what={`${title}: försenade, ${report.period.label}`} /> försenade (läge {report.idag}).
        </p>
      )}
      <table className="report-table">
        <caption>
          {title}, {report.period.label} ({report.datumgrund === 'rapportdatum' ? 'efter dagen de planerades' : 'efter planerat datum'}), läge {report.idag}
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.groupTitle}</th>
            {PLAN_COLUMNS.map(([, h]) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...table.rows, { key: 'totalt', label: 'Totalt', ...table.total }].map((row) => (
            <tr key={row.key} className={row.key === 'totalt' ? 'total' : undefined}>
              <th scope="row">{row.label}</th>
              {PLAN_COLUMNS.map(([k, h]) => (
                <td key={k}>
                  <FigureLink figure={row[k]} what={`${title}: ${row.label}, ${h.toLowerCase()}, ${report.period.label}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton report={report} id={table.id} title={title.toLowerCase()} />
    </section>
  );
}

const NONE: Figure = { count: 0, arendeIds: [] };

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
            {rapporter.count === 1 ? 'rapport' : 'rapporter'}, varav <FigureLink figure={anmalda} what={`Lex Sarah-rapporter anmälda till IVO, ${row.period.label}`} />{' '}
            {anmalda.count === 1 ? 'anmäld' : 'anmälda'} till IVO
          </li>
        );
      })}
    </ul>
  );
}

/** Every figure of the kvalitetsberättelse: charts with table alternatives, each number leading to its ärenden. */
export function ReportSections({ report, print = false, mayView }: { report: Kvalitetsberattelse; print?: boolean; mayView(arendeId: string): boolean }) {
  const shownLexSarah = report.lexSarah.filter((x) => mayView(x.arendeId));
  const hiddenLexSarah = report.lexSarah.length - shownLexSarah.length;
  const types = Object.keys(report.trend[report.trend.length - 1]?.antal ?? {});
  // Details (list rows, their CSV) only for ärenden the role may see; counts cover everything.
  const r: Kvalitetsberattelse = { ...report, lexSarah: shownLexSarah };
  const ra = r.riskanalyser;
  return (
    <>
      <section aria-labelledby="trend-h" className="report-section">
        <h2 id="trend-h">Antal ärenden per period</h2>
        <figure>
          <LineChart
            title="Antal ärenden per period och process"
            periods={r.trend.map((t) => t.period.label)}
            series={types.map((t) => ({ label: processLabel(t), values: r.trend.map((row) => row.antal[t]?.count ?? 0) }))}
          />
          <figcaption className="visually-hidden">Trenden som diagram; samma siffror finns i tabellen nedan.</figcaption>
        </figure>
        <table className="report-table">
          <caption>
            Antal per period ({DATUMGRUND_LABELS[r.datumgrund].toLowerCase()}), {r.trend.map((t) => t.period.label).join(', ')}
          </caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {types.map((t) => (
                <th key={t} scope="col">
                  {processLabel(t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.trend.map((row) => (
              <tr key={row.period.label}>
                <th scope="row">{row.period.label}</th>
                {types.map((t) => (
                  <td key={t}>
                    <FigureLink figure={row.antal[t] ?? { count: 0, arendeIds: [] }} what={`${processLabel(t)}, ${row.period.label}`} />
                    {row.forandring?.[t]?.procent !== undefined && (
                      <span className="hint">
                        {' '}
                        ({row.forandring[t]!.skillnad >= 0 ? '+' : '−'}
                        {Math.abs(row.forandring[t]!.procent!).toLocaleString('sv-SE')} %)
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <CsvButton report={r} id="trend" title="antal per år" />
      </section>

      <Shares table={r.avvikelserPerKategori} first="Kategori" title="Avvikelser per kategori" report={r} id="avvikelser-kategori" />
      {r.ovrigaKategorier.length > 0 && (
        <section aria-labelledby="ovrigt-h" className="report-section">
          <h3 id="ovrigt-h">Avvikelser i Övrigt – vad gällde de?</h3>
          <p className="hint">
            Rapportörernas egna ord, utan namn och personnummer. Återkommer samma sak kan processägaren lägga till en kategori.
            {r.ovrigaKategorier.some((o) => !mayView(o.arendeId)) && ' Där du inte kan läsa ärendet är också ord med stor bokstav (namn, platser) och nummer dolda.'}
          </p>
          <ul className="ovrigt-list">
            {r.ovrigaKategorier.map((o) => (
              <li key={o.arendeId}>{o.beskrivning}</li>
            ))}
          </ul>
        </section>
      )}
      <Shares table={r.avvikelserPerEnhet} first="Enhet" title="Avvikelser per enhet" report={r} id="avvikelser-enhet" />
      {r.processer.flatMap((p) => [
        ...p.tables.map((t) => (
          <Shares key={t.id} table={t.table} first={t.groupTitle} title={t.title} report={r} id={t.id} none={`Inga ${p.label.toLowerCase()} under perioden.`} />
        )),
        ...(p.plan ? [<PlanSection key={p.plan.id} table={p.plan} report={r} none={`Inga ${p.label.toLowerCase()} planerade under perioden.`} />] : []),
      ])}

      <section aria-labelledby="lexsarah-h" className="report-section">
        <h2 id="lexsarah-h">Lex Sarah-rapporter</h2>
        <LexSarahIvo report={report} />
        <CsvButton report={r} id="lex-sarah-ivo" title="antal lex Sarah-rapporter och anmälningar" />
        {hiddenLexSarah > 0 && (
          <p className="hint">
            {hiddenLexSarah} {hiddenLexSarah === 1 ? 'rapport' : 'rapporter'} i enheter som din roll inte omfattar räknas i siffrorna men visas inte i listan.
          </p>
        )}
        {shownLexSarah.length === 0 ? (
          <p>{report.lexSarah.length === 0 ? 'Inga lex Sarah-rapporter under perioden.' : 'Inga lex Sarah-rapporter som du har behörighet att se.'}</p>
        ) : (
          <table className="report-table">
            <caption>Lex Sarah-rapporter, {r.period.label}</caption>
            <thead>
              <tr>
                <th scope="col">Händelsedatum</th>
                <th scope="col">Rapportdatum</th>
                <th scope="col">Verksamhet</th>
                <th scope="col">Kategori</th>
                <th scope="col">Händelse</th>
                <th scope="col">Bedömning</th>
                <th scope="col">Anmäld till IVO</th>
                <th scope="col">Åtgärder</th>
                {!print && <th scope="col">Ärende</th>}
              </tr>
            </thead>
            <tbody>
              {shownLexSarah.map((x) => (
                <tr key={x.arendeId}>
                  <td className="nowrap">{x.handelseDatum}</td>
                  <td className="nowrap">
                    {x.rapportDatum}
                    {x.efterregistrerad && <span className="hint"> (efterregistrerad)</span>}
                  </td>
                  <td>
                    {x.verksamhet}
                    <span className="hint"> ({x.enhet})</span>
                  </td>
                  <td>{x.kategori}</td>
                  <td className="handelse-text">{x.handelse}</td>
                  <td>{x.bedomning}</td>
                  <td>{x.anmaldTillIvo && x.ivoSkickadDatum ? `${x.ivoText}, ${x.ivoSkickadDatum}` : x.ivoText}</td>
                  <td>{x.atgarder.text}</td>
                  {!print && (
                    <td>
                      <a href={href({ page: 'arende', id: x.arendeId })}>{arendeNumber(x.arendeId)}</a>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <CsvButton report={r} id="lex-sarah" title="lex Sarah-listan" />
      </section>

      <section aria-labelledby="atgarder-h" className="report-section">
        <h2 id="atgarder-h">Åtgärder</h2>
        <table className="report-table">
          <caption>
            Åtgärder i ärendena för {r.period.label} ({DATUMGRUND_LABELS[r.datumgrund].toLowerCase()}), läge {r.idag}
          </caption>
          <thead>
            <tr>
              <th scope="col">Process</th>
              {ATGARD_COLUMNS.map(([, h]) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...Object.entries(r.atgarder.perProcess), ['alla', r.atgarder.alla] as const].map(([type, c]) => (
              <tr key={type} className={type === 'alla' ? 'total' : undefined}>
                <th scope="row">{type === 'alla' ? 'Alla' : processLabel(type)}</th>
                {ATGARD_COLUMNS.map(([k, h]) => (
                  <td key={k}>
                    <FigureLink figure={c[k]} what={`Åtgärder ${h.toLowerCase()}, ${type === 'alla' ? 'alla processer' : processLabel(type)}, ${r.period.label}`} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <CsvButton report={r} id="atgarder" title="åtgärderna" />
      </section>

      <section aria-labelledby="risk-h" className="report-section">
        <h2 id="risk-h">Riskanalyser</h2>
        <dl className="figures">
          {(
            [
              ['Startade', ra.startade],
              ['Godkända', ra.godkanda],
              ['Avslutade (uppföljda)', ra.avslutade],
              ['Pågående', ra.pagaende],
              // Named as the handlingsplan's rule, not as a band of the scale: 1 × 4 is "medel" yet needs an åtgärd.
              [`Risker som kräver åtgärd (riskpoäng ≥ ${ra.troskel} eller konsekvens 4)`, ra.hogaRisker],
              ['Varav i pågående analyser', ra.oppnaHogaRisker],
              ['Varav utan åtgärd', ra.hogaRiskerUtanAtgard],
            ] as const
          ).map(([label, fig]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <FigureLink figure={fig} what={`Riskanalyser: ${label.toLowerCase()}, ${r.period.label}`} />
              </dd>
            </div>
          ))}
        </dl>
        <CsvButton report={r} id="riskanalyser" title="riskanalyserna" />
      </section>

      <section aria-labelledby="ledtid-h" className="report-section">
        <h2 id="ledtid-h">Ledtider och frister</h2>
        <table className="report-table">
          <caption>Ledtid från rapport till avslut (median, kalenderdagar)</caption>
          <thead>
            <tr>
              <th scope="col">Process</th>
              <th scope="col">Median dagar</th>
              <th scope="col">Avslutade</th>
              <th scope="col">Pågående</th>
            </tr>
          </thead>
          <tbody>
            {r.ledtider.map((l) => (
              <tr key={l.processType}>
                <th scope="row">{l.label}</th>
                <td>{l.medianDagar === undefined ? '–' : formatNumber(l.medianDagar)}</td>
                <td>
                  <FigureLink figure={l.avslutade} what={`${l.label} avslutade, ${r.period.label}`} />
                </td>
                <td>
                  <FigureLink figure={l.pagaende} what={`${l.label} pågående, ${r.period.label}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CsvButton report={r} id="ledtider" title="ledtiderna" />
        <table className="report-table">
          <caption>Frister som uppfyllts sent eller är försenade nu</caption>
          <thead>
            <tr>
              <th scope="col">Process</th>
              <th scope="col">Frist</th>
              <th scope="col">Sent uppfyllda</th>
              <th scope="col">Försenade nu</th>
            </tr>
          </thead>
          <tbody>
            {r.frister.perFrist.map((f) => (
              <tr key={`${f.processType}-${f.id}`}>
                <td>{f.processLabel}</td>
                <th scope="row">
                  {f.title} <span className="hint">({f.kind === 'legal' ? 'lagkrav' : 'rutin'})</span>
                </th>
                <td>
                  <FigureLink figure={f.sentUppfyllda} what={`${f.title}: uppfyllt sent, ${r.period.label}`} />
                </td>
                <td>
                  <FigureLink figure={f.forsenade} what={`${f.title}: försenat, ${r.period.label}`} />
                </td>
              </tr>
            ))}
            <tr className="total">
              <td>Alla</td>
              <th scope="row">Ärenden med någon frist</th>
              <td>
                <FigureLink figure={r.frister.sentUppfyllda} what={`Ärenden med frist uppfylld sent, ${r.period.label}`} />
              </td>
              <td>
                <FigureLink figure={r.frister.forsenade} what={`Ärenden med försenad frist, ${r.period.label}`} />
              </td>
            </tr>
          </tbody>
        </table>
        <CsvButton report={r} id="frister" title="fristerna" />
      </section>
    </>
  );
}
