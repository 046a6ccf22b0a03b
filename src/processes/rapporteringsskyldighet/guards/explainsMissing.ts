import type { GuardImpl } from '../../../engine/model/GuardImpl';
import type { ArendeContext, MachineEvent } from '../../../engine/model/ArendeContext';
import { isAcknowledged, latestRows } from '../kvittenser';

/** The names of those listed who have not acknowledged the information. */
export function missingNames(ctx: ArendeContext): string[] {
  return latestRows(ctx)
    .filter((r) => !isAcknowledged(r))
    .map((r) => r.namn);
}

const hasComment = (ev: MachineEvent) => {
  const kommentar = (ev.data as { kommentar?: unknown } | undefined)?.kommentar;
  return typeof kommentar === 'string' && kommentar.trim() !== '';
};

/**
 * The year may close with people missing (someone on leave all year, someone who left), but then the chef says who and
 * why: the report counts them as not informed, and the reason stays in the ärende.
 */
export const explainsMissing: GuardImpl = {
  readsEventData: true,
  describe: () => 'Den som avslutar året skriver vilka som inte har kvitterat och varför',
  test: (ctx, ev) => missingNames(ctx).length === 0 || hasComment(ev),
  explain: (ctx, ev) => {
    const missing = missingNames(ctx);
    if (missing.length === 0 || hasComment(ev)) return [];
    return [`${missing.join(', ')} har inte kvitterat informationen. Skriv vilka som saknas och varför innan året avslutas.`];
  },
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
