import type { ArendeFacts } from '../model/ArendeFacts';
import { FigureBuilder } from '../model/Figure';
import type { Figure } from '../model/Figure';

/** Where the risk matrix's "hög" band starts (RiskMatrix: 8–11 hög, 12–16 mycket hög). */
export const HIGH_RISK_THRESHOLD = 8;

export interface RiskRow {
  arendeId: string;
  nr: number;
  sannolikhet: number;
  konsekvens: number;
  riskvarde: number;
  harAtgard: boolean;
  /** The riskanalys is not yet closed (its uppföljning is not done). */
  oppen: boolean;
}

/**
 * Riskanalyser among the selected ärenden (by the date their beskrivning was submitted):
 * - `startade`: all; `godkanda`: approved; `avslutade`: followed up and closed; `pagaende`: open
 * - `hogaRisker`: valued risks at or above the threshold (counts risks)
 * - `oppnaHogaRisker`: of those, in riskanalyser still open
 * - `hogaRiskerUtanAtgard`: of those, without an åtgärd in the handlingsplan
 */
export interface RiskanalysStatistics {
  troskel: number;
  startade: Figure;
  godkanda: Figure;
  avslutade: Figure;
  pagaende: Figure;
  hogaRisker: Figure;
  oppnaHogaRisker: Figure;
  hogaRiskerUtanAtgard: Figure;
  /** Every high risk, highest risk value first. */
  risker: readonly RiskRow[];
}

export interface RiskOptions {
  /** A risk is high when sannolikhet × konsekvens ≥ this; default {@link HIGH_RISK_THRESHOLD}. */
  threshold?: number;
  /** Also count every risk with konsekvens 4 as high, as the matrix and handlingsplan do; default true. */
  konsekvens4ArHog?: boolean;
}

/** Counts riskanalyser and their high risks (latest värdering and handlingsplan of each). */
export function riskanalysStatistics(selected: readonly ArendeFacts[], options: RiskOptions = {}): RiskanalysStatistics {
  const threshold = options.threshold ?? HIGH_RISK_THRESHOLD;
  const k4 = options.konsekvens4ArHog ?? true;
  const b = {
    startade: new FigureBuilder(),
    godkanda: new FigureBuilder(),
    avslutade: new FigureBuilder(),
    pagaende: new FigureBuilder(),
    hogaRisker: new FigureBuilder(),
    oppnaHogaRisker: new FigureBuilder(),
    hogaRiskerUtanAtgard: new FigureBuilder(),
  };
  const risker: RiskRow[] = [];
  for (const f of selected) {
    if (f.processType !== 'riskanalys') continue;
    b.startade.add(f.arendeId);
    if (f.godkandDate) b.godkanda.add(f.arendeId);
    (f.status === 'closed' ? b.avslutade : b.pagaende).add(f.arendeId);
    for (const r of f.risks) {
      if (r.riskvarde < threshold && !(k4 && r.konsekvens === 4)) continue;
      const oppen = f.status === 'open';
      b.hogaRisker.add(f.arendeId);
      if (oppen) b.oppnaHogaRisker.add(f.arendeId);
      if (!r.harAtgard) b.hogaRiskerUtanAtgard.add(f.arendeId);
      risker.push({ arendeId: f.arendeId, ...r, oppen });
    }
  }
  risker.sort((x, y) => y.riskvarde - x.riskvarde || (x.arendeId < y.arendeId ? -1 : x.arendeId > y.arendeId ? 1 : x.nr - y.nr));
  return {
    troskel: threshold,
    startade: b.startade.build(),
    godkanda: b.godkanda.build(),
    avslutade: b.avslutade.build(),
    pagaende: b.pagaende.build(),
    hogaRisker: b.hogaRisker.build(),
    oppnaHogaRisker: b.oppnaHogaRisker.build(),
    hogaRiskerUtanAtgard: b.hogaRiskerUtanAtgard.build(),
    risker,
  };
}
