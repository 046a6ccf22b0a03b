import type { AtgardStatus } from './ArendeContext';

/**
 * What the verifier's search knows of an ärende's åtgärder: whether some may be planerad (bit 1) or genomförd
 * (bit 2). Verified and withdrawn ones never block closing, so they are not tracked.
 */
export type AtgardMask = number;
export const PLANERAD = 1;
export const GENOMFORD = 2;

/** The bit of a tracked status (none for verifierad and återtagen). */
export const MASK_BIT: Readonly<Partial<Record<AtgardStatus, number>>> = { planerad: PLANERAD, genomford: GENOMFORD };

/** The mask of the statuses an ärende's åtgärder have now (for a migration proof, which starts mid-way). */
export function maskOf(statuses: readonly AtgardStatus[]): AtgardMask {
  return statuses.reduce((m, s) => m | (MASK_BIT[s] ?? 0), 0);
}

/** May an åtgärd of this status exist? Always for an untracked status (verified and withdrawn ones may exist at any time). */
export function mayHaveStatus(mask: AtgardMask, status: string): boolean {
  const bit = MASK_BIT[status as AtgardStatus];
  return bit === undefined || (mask & bit) !== 0;
}
