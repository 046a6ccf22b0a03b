import type { Kvalitetsberattelse } from '../../../engine/index';
import { CsvButton } from '../CsvButton';
import { FigureLink } from '../FigureLink';

/** The period's riskanalyser as figures: started, approved, closed, and the risks that need an åtgärd. */
export function RiskanalysSection({ report }: { report: Kvalitetsberattelse }) {
  const ra = report.riskanalyser;
  const figures = [
    ['Startade', ra.startade],
    ['Godkända', ra.godkanda],
    ['Avslutade (uppföljda)', ra.avslutade],
    ['Pågående', ra.pagaende],
    // Named as the handlingsplan's rule, not as a band of the scale: 1 × 4 is "medel" yet needs an åtgärd.
    [`Risker som kräver åtgärd (riskpoäng ≥ ${ra.troskel} eller konsekvens 4)`, ra.hogaRisker],
    ['Varav i pågående analyser', ra.oppnaHogaRisker],
    ['Varav utan åtgärd', ra.hogaRiskerUtanAtgard],
  ] as const;
  return (
    <section aria-labelledby="risk-h" className="report-section">
      <h2 id="risk-h">Riskanalyser</h2>
      <dl className="figures">
        {figures.map(([label, fig]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <FigureLink figure={fig} what={`Riskanalyser: ${label.toLowerCase()}, ${report.period.label}`} />
            </dd>
          </div>
        ))}
      </dl>
      <CsvButton report={report} id="riskanalyser" title="riskanalyserna" />
    </section>
  );
}
