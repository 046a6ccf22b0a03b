/** Where the risk matrix's "hög" band starts (8–11 hög, 12–16 mycket hög); a riskanalys's åtgärd rule starts there too. */
export const HIGH_RISK_THRESHOLD = 8;

export type RiskLevel = 'lag' | 'medel' | 'hog' | 'mycket-hog';

/** One scale for risk scores everywhere (matrix, tables, print, reports): the score alone decides the band. */
export function riskLevel(score: number): RiskLevel {
  return score >= 12 ? 'mycket-hog' : score >= HIGH_RISK_THRESHOLD ? 'hog' : score >= 4 ? 'medel' : 'lag';
}

export const RISK_LEVEL_TITLES: Readonly<Record<RiskLevel, string>> = {
  lag: 'låg',
  medel: 'medel',
  hog: 'hög',
  'mycket-hog': 'mycket hög',
};

/** "8, hög" – and a konsekvens 4 is named as what it is (it always needs an åtgärd), not as a higher band. */
export function riskLabel(sannolikhet: number, konsekvens: number): string {
  const score = sannolikhet * konsekvens;
  return `${score}, ${RISK_LEVEL_TITLES[riskLevel(score)]}${konsekvens === 4 ? ' – allvarlig konsekvens, kräver åtgärd' : ''}`;
}
