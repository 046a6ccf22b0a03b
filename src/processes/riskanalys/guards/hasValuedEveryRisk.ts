import { readPath } from '../../../engine/behaviour/readPath';
import type { ArendeContext, MachineEvent } from '../../../engine/model/ArendeContext';
import type { GuardImpl } from '../../../engine/model/GuardImpl';

function unvaluedRisks(ctx: ArendeContext, ev: MachineEvent): number[] {
  const identified = readPath(ctx.steps['identifiera.submit']?.data, 'risker[].nr');
  const valued = readPath(ev.data, 'varderingar[].nr');
  const set = new Set(Array.isArray(valued) ? valued : []);
  return (Array.isArray(identified) ? (identified as number[]) : []).filter((nr) => !set.has(nr));
}

/** Riskanalys: every risk identified earlier is valued in this step. */
export const hasValuedEveryRisk: GuardImpl = {
  readsEventData: true,
  describe: () => 'Varje identifierad risk är värderad',
  test: (c, ev) => unvaluedRisks(c, ev).length === 0,
  explain: (c, ev) => unvaluedRisks(c, ev).map((nr) => `Risk nr ${nr} saknar värdering (sannolikhet och konsekvens).`),
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
