import type { AtgardRules } from '../model/LegalSkeleton';

/**
 * The åtgärd lifecycle every process with åtgärder shares: the ansvarig reports one done, someone else verifies it,
 * and it may be withdrawn (with a motivation) before it is verified. `addedBy`: the process's own. `byIndependent`:
 * whether the ärende's jäviga (rapportör, inblandade) are barred from verifying and withdrawing too — not where jäv
 * guards something else (the riskregister's approval), though an åtgärd's own ansvarig never verifies it.
 */
export function atgardRules(addedBy: readonly string[], byIndependent = true): AtgardRules {
  return {
    addedBy,
    status: {
      genomford: { events: ['atgard.rapportera'], from: ['planerad'] },
      verifierad: { events: ['atgard.verifiera'], from: ['genomford'], independent: byIndependent },
      atertagen: { events: ['atgard.aterta'], from: ['planerad', 'genomford'], independent: byIndependent },
    },
  };
}
