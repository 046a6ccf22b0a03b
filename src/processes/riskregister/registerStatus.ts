import type { ArendeState, Atgard, AtgardStatus, RiskLevel } from '../../engine/index';
import { riskLevel, RISK_LEVEL_TITLES } from '../../engine/index';
import { orsakOfRow } from './registerRows';
import type { RegisterRow } from './registerRows';

export const NOT_GIVEN = 'Ej angivet';

export const STATUS: Record<AtgardStatus, string> = {
  planerad: 'planerad',
  genomford: 'genomförd, väntar på verifiering',
  verifierad: 'verifierad',
  atertagen: 'återtagen',
};

/** The åtgärd made from a row (same orsak), if any: the register says so instead of offering it again. */
export const atgardOf = (state: ArendeState, row: RegisterRow): Atgard | undefined =>
  state.snapshot.context.atgarder.find((a) => a.orsak === orsakOfRow(row));

/** Has this row already been made an egenkontroll (the command's event names its nr)? */
export const watched = (state: ArendeState, row: RegisterRow): boolean =>
  state.events.some((e) => e.type === 'risk.egenkontroll' && (e.stepData as { riskNr?: unknown } | undefined)?.riskNr === row.nr);

/** The score bands as `riskLevel` draws them, e.g. "låg 1–3", so the legend cannot drift from the scale. */
export function bands(): string {
  const out: { level: RiskLevel; from: number; to: number }[] = [];
  for (let score = 1; score <= 16; score++) {
    const level = riskLevel(score);
    const last = out[out.length - 1];
    if (last?.level === level) last.to = score;
    else out.push({ level, from: score, to: score });
  }
  return out.map((b) => `${RISK_LEVEL_TITLES[b.level]} ${b.from}–${b.to}`).join(', ');
}
