import type { AtgardRules } from './LegalSkeleton';

/**
 * The åtgärd lifecycle every process with åtgärder shares: the ansvarig reports one done, someone independent
 * verifies it, and it may be withdrawn (with a motivation) before it is verified. `addedBy`: the process's own.
 */
export function atgardRules(addedBy: readonly string[]): AtgardRules {
  return {
    addedBy,
    status: {
      genomford: { events: ['atgard.rapportera'], from: ['planerad'] },
      verifierad: { events: ['atgard.verifiera'], from: ['genomford'], independent: true },
      atertagen: { events: ['atgard.aterta'], from: ['planerad', 'genomford'], independent: true },
    },
  };
}
