import { readPath } from '../../../engine/behaviour/readPath';
import type { ArendeContext } from '../../../engine/model/ArendeContext';

/** The IVO track was opened (or the anmälan sent) and the beslut then said not allvarligt. */
export function ivoContradicted(ctx: ArendeContext): boolean {
  const beslut = ctx.steps['beslut.submit'];
  if (!beslut || readPath(beslut.data, 'allvarligt') !== false) return false;
  return ['allvarlighet.bedom', 'anmalan_ivo.submit', 'anmalan_skickad.submit'].some((e) => ctx.steps[e] !== undefined);
}
