import { FigureBuilder } from '../../engine/model/Figure';
import type { FigureTable } from '../../engine/model/FigureTable';
import type { PackReportInput, PackReportTable } from '../../engine/model/PackHooks';
import { HIGH_RISK_THRESHOLD } from '../../engine/reports/riskLevel';
import { asRiskanalysFacts } from './facts';

// Named as the handlingsplan's rule, not as a band of the scale: 1 × 4 is "medel" yet needs an åtgärd.
const ROWS = [
  ['startade', 'Startade'],
  ['godkanda', 'Godkända'],
  ['avslutade', 'Avslutade (uppföljda)'],
  ['pagaende', 'Pågående'],
  ['hogaRisker', `Risker som kräver åtgärd (riskpoäng ≥ ${HIGH_RISK_THRESHOLD} eller konsekvens 4)`],
  ['oppnaHogaRisker', 'Varav i pågående analyser'],
  ['hogaRiskerUtanAtgard', 'Varav utan åtgärd'],
] as const;
type Key = (typeof ROWS)[number][0];

/**
 * The period's riskanalyser (placed by the day their beskrivning was given): started, approved, closed, open; and the
 * risks that need an åtgärd by the handlingsplan's rule – these rows count risks, and lead to their analyses.
 */
function build({ facts }: PackReportInput): FigureTable {
  const b = Object.fromEntries(ROWS.map(([key]) => [key, new FigureBuilder()])) as Record<Key, FigureBuilder>;
  for (const f of facts) {
    const own = asRiskanalysFacts(f.pack);
    b.startade.add(f.arendeId);
    if (own?.godkandDate) b.godkanda.add(f.arendeId);
    (f.status === 'closed' ? b.avslutade : b.pagaende).add(f.arendeId);
    for (const r of own?.risks ?? []) {
      if (r.riskvarde < HIGH_RISK_THRESHOLD && r.konsekvens !== 4) continue;
      b.hogaRisker.add(f.arendeId);
      if (f.status === 'open') b.oppnaHogaRisker.add(f.arendeId);
      if (!r.harAtgard) b.hogaRiskerUtanAtgard.add(f.arendeId);
    }
  }
  return {
    groupTitle: 'Riskanalyser',
    columns: [{ key: 'antal', title: 'Antal' }],
    rows: ROWS.map(([key, label]) => ({ key, label, cells: { antal: b[key].build() } })),
  };
}

export const riskanalysTable: PackReportTable = { id: 'sammanstallning', title: 'Riskanalyser', build };
