import { readPath } from '../../../engine/behaviour/readPath';
import type { ArendeContext, MachineEvent } from '../../../engine/model/ArendeContext';
import type { GuardImpl } from '../../../engine/model/GuardImpl';

function riskScores(ctx: ArendeContext): { nr: number; sannolikhet: number; konsekvens: number }[] {
  const data = ctx.steps['vardera.submit']?.data;
  const list = readPath(data, 'varderingar');
  return Array.isArray(list) ? (list as { nr: number; sannolikhet: number; konsekvens: number }[]) : [];
}

function highRisksWithoutAtgard(ctx: ArendeContext, ev: MachineEvent, threshold: number): number[] {
  const planned = readPath(ev.data, 'atgarder[].nr');
  const covered = new Set(Array.isArray(planned) ? planned : []);
  return riskScores(ctx)
    .filter((r) => r.sannolikhet * r.konsekvens >= threshold || r.konsekvens === 4)
    .map((r) => r.nr)
    .filter((nr) => !covered.has(nr));
}

/** Riskanalys: every risk at or above the threshold (or konsekvens 4) gets an åtgärd. */
export const hasAtgardForEveryHighRisk: GuardImpl = {
  readsEventData: true,
  describe: (p) => `Varje risk med riskpoäng ${String(p.threshold)} eller mer, eller konsekvens 4, har en åtgärd`,
  test: (c, ev, p) => highRisksWithoutAtgard(c, ev, p.threshold as number).length === 0,
  explain: (c, ev, p) =>
    highRisksWithoutAtgard(c, ev, p.threshold as number).map(
      (nr) => `Risk nr ${nr} har hög riskpoäng eller konsekvens 4 men saknar åtgärd.`,
    ),
  abstract: () => 'unknown',
  checkParams: (p) => (typeof p.threshold === 'number' && p.threshold >= 1 && p.threshold <= 16 ? undefined : 'threshold 1–16 krävs'),
};
